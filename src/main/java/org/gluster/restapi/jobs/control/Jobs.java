package org.gluster.restapi.jobs.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.cli.ThisNode;
import org.gluster.restapi.events.control.GatewayEventLog;
import org.gluster.restapi.events.entity.GatewayEvents;
import org.gluster.restapi.jobs.entity.Job;
import org.gluster.restapi.paging.Page;
import org.gluster.restapi.paging.PageRequest;
import org.gluster.restapi.problems.ConflictException;
import org.gluster.restapi.problems.NotFoundException;
import org.gluster.restapi.problems.Problem;
import org.gluster.restapi.problems.Problems;
import org.gluster.restapi.problems.TooManyRequestsException;
import org.gluster.restapi.state.StateFiles;

/**
 * The pool's jobs, kept in the pool state (one file per node, see package-info); this node's run on
 * the server's managed executor. At most {@code glusterrest.jobs.max} are kept in the whole pool,
 * finished ones for {@code glusterrest.jobs.max-age} seconds (see JobTable); when every kept job is
 * unfinished, a new one is refused with 429. At start, this node's unfinished jobs are resumed or
 * interrupted.
 */
@ApplicationScoped
public class Jobs {

    static final String GATEWAYS = "jobs.gateways.json";
    private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor executor;

    @Inject
    @ConfigProperty(name = "glusterrest.jobs.max", defaultValue = "200")
    int max;

    @Inject
    @ConfigProperty(name = "glusterrest.jobs.max-age", defaultValue = "3600")
    long maxAgeSeconds;

    @Inject
    @ConfigProperty(name = "glusterrest.jobs.stale-seconds", defaultValue = "30")
    long staleSeconds;

    @Inject
    @ConfigProperty(name = "glusterrest.jobs.progress-write-millis", defaultValue = "1000")
    long progressWriteMillis;

    @Inject
    Supplier<StateFiles> state;

    @Inject
    ThisNode thisNode;

    @Inject
    Problems problems;

    @Inject
    Clock clock;

    @Inject
    GatewayEventLog events;

    @Inject
    @Any
    Instance<JobKind> kinds;

    private JobTable table;
    private WriteThrottle throttle;
    private String node;

    @PostConstruct
    void open() {
        table = new JobTable(max, Duration.ofSeconds(maxAgeSeconds), Duration.ofSeconds(staleSeconds));
        throttle = new WriteThrottle(Duration.ofMillis(progressWriteMillis));
        node = JobIds.node(thisNode.name(), thisNode.uuid());
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            touch();
            resumeOrInterrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "this node's unfinished jobs were not taken up at start", e);
        }
    }

    /** Marks this node's gateway as alive now (Heartbeat calls it every few seconds). */
    public void touch() {
        state.get().update(GATEWAYS, Gateways.class, Gateways::none, g -> g.touched(node, clock.instant()));
    }

    public Job submit(String operation, Work work) {
        Instant now = clock.instant();
        Resumable resumable = work instanceof Resumable r ? r : null;
        StoredJob job = new StoredJob(Job.queued(JobIds.next(node), node, operation, now),
                resumable == null ? null : resumable.kind(), resumable == null ? null : resumable.params());
        Map<String, NodeJobs> pool = pool();
        Set<String> forget = table.room(pool.values(), now).orElseThrow(() -> new TooManyRequestsException("jobs",
                max + " jobs are running or queued in the pool", 10));
        pool.values().stream().filter(file -> !file.node().equals(node))
                .filter(file -> file.jobs().stream().anyMatch(j -> forget.contains(j.job().id())))
                .forEach(file -> state.get().update(JobIds.file(file.node()), NodeJobs.class,
                        () -> NodeJobs.empty(file.node()), f -> table.pruned(f, forget, now)));
        state.get().update(JobIds.file(node), NodeJobs.class, () -> NodeJobs.empty(node),
                f -> table.pruned(f, forget, now).plus(job));
        String id = job.job().id();
        executor.execute(() -> run(id, operation, work, j -> j.running(clock.instant())));
        return job.job();
    }

    public Job find(String id) {
        StoredJob stored = stored(id);
        return table.shown(stored.job(), gateways(), clock.instant()).orElseThrow(() -> unknown(id));
    }

    /** The whole pool's jobs that pass {@code filter}, newest first. */
    public List<Job> list(JobFilter filter) {
        Gateways gateways = recentGateways();
        Collection<NodeJobs> pool = filter.node() == null ? pool(gateways, this::recent).values()
                : List.of(recent(filter.node()));
        return table.view(pool, gateways, clock.instant()).stream().filter(filter::test).toList();
    }

    /** A page of {@link #list}, in the same order. */
    public Page<Job> page(JobFilter filter, PageRequest request) {
        return Page.of(list(filter), JobTable::key, request);
    }

    /**
     * Stops what GlusterFS can stop, from this node whichever node runs the job (the CLI acts
     * pool-wide); the job's owner then sees the task stopped and ends the job. 409 otherwise.
     */
    public Job cancel(String id) {
        Job job = find(id);
        StoredJob stored = stored(id);
        if (job.done()) {
            throw new ConflictException("job " + id + " already ended " + job.state() + " at " + job.finished()
                    + ": nothing to stop");
        }
        Optional<JobKind> kind = stored.resumable() ? kind(stored.kind()) : Optional.empty();
        if (kind.isEmpty()) {
            throw new ConflictException(job.operation() + " cannot be stopped: GlusterFS offers no stop for it, and "
                    + "it ends by itself (job " + id + " on " + job.node() + ")");
        }
        if (!Job.RUNNING.equals(job.state()) || job.progress() == null) {
            throw new ConflictException("job " + id + " has not started its task in GlusterFS yet; try again in a "
                    + "moment");
        }
        kind.get().stop(stored.params());
        return find(id);
    }

    private void resumeOrInterrupt() {
        Instant now = clock.instant();
        Set<String> known = kinds().stream().map(JobKind::kind).collect(Collectors.toCollection(TreeSet::new));
        for (StoredJob stored : read(node).jobs()) {
            Job job = stored.job();
            if (job.done()) {
                continue;
            }
            Work work = null;
            if (JobTable.resumable(stored, known)) {
                try {
                    work = kind(stored.kind()).orElseThrow().resume(stored.params());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "job " + job.id() + " cannot be resumed", e);
                }
            }
            if (work != null) {
                Work resumed = work;
                change(job.id(), j -> j.resumedAt(now));
                executor.execute(() -> run(job.id(), job.operation(), resumed, UnaryOperator.identity()));
            } else {
                interrupt(job, now);
            }
        }
    }

    private void interrupt(Job job, Instant now) {
        Problem why = Problem.of(500, "Job interrupted", "the gateway on " + node + " stopped while this job was "
                + job.state() + "; GlusterFS does not carry '" + job.operation() + "' on by itself, so how far it "
                + "got is unknown: read the volume to see where it stands");
        change(job.id(), j -> j.interrupted(why, now));
        events.tell(GatewayEvents.JOB_FAILED, Map.of("id", job.id(), "operation", job.operation(),
                "problem", why.detail()));
    }

    private void run(String id, String operation, Work work, UnaryOperator<Job> begin) {
        AtomicReference<Object> latest = new AtomicReference<>();
        try {
            change(id, begin);
            events.tell(GatewayEvents.JOB_STARTED, Map.of("id", id, "operation", operation));
            Object result = work.run(progress -> {
                latest.set(progress);
                if (throttle.due(id, clock.instant())) {
                    tryChange(id, job -> job.progressed(progress));
                }
            });
            change(id, job -> withLatest(job, latest).succeeded(result, clock.instant()));
            events.tell(GatewayEvents.JOB_FINISHED, Map.of("id", id, "operation", operation));
        } catch (RuntimeException e) {
            Problem problem = problems.of(e);
            tryChange(id, job -> withLatest(job, latest).failed(problem, clock.instant()));
            events.tell(GatewayEvents.JOB_FAILED, Map.of("id", id, "operation", operation,
                    "problem", problem.detail() == null ? problem.title() : problem.detail()));
        } finally {
            throttle.forget(id);
        }
    }

    private static Job withLatest(Job job, AtomicReference<Object> latest) {
        return latest.get() == null ? job : job.progressed(latest.get());
    }

    private void change(String id, UnaryOperator<Job> change) {
        state.get().update(JobIds.file(node), NodeJobs.class, () -> NodeJobs.empty(node), f -> f.changed(id, change));
    }

    /** A write that may fail without failing the job (progress; the end once the job already failed). */
    private void tryChange(String id, UnaryOperator<Job> change) {
        try {
            change(id, change);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "job " + id + " was not written to the pool state", e);
        }
    }

    private StoredJob stored(String id) {
        String owner = JobIds.nodeOf(id).orElseThrow(() -> unknown(id));
        return read(owner).jobs().stream().filter(j -> j.job().id().equals(id)).findFirst()
                .orElseThrow(() -> unknown(id));
    }

    private NotFoundException unknown(String id) {
        return new NotFoundException("no job " + id + " in the pool (finished jobs are kept " + maxAgeSeconds
                + " s; an id is <node>-<uuid>)");
    }

    private Optional<JobKind> kind(String name) {
        return kinds().stream().filter(k -> k.kind().equals(name)).findFirst();
    }

    /** The kinds the features declare (a test gives its own). */
    List<JobKind> kinds() {
        return kinds.stream().toList();
    }

    private Gateways gateways() {
        return state.get().read(GATEWAYS, Gateways.class).orElseGet(Gateways::none);
    }

    /** What a list shows: this JVM's writes at once, other nodes' within the state's recheck window (no file touched). */
    private NodeJobs recent(String owner) {
        return state.get().readRecent(JobIds.file(owner), NodeJobs.class).orElseGet(() -> NodeJobs.empty(owner));
    }

    private Gateways recentGateways() {
        return state.get().readRecent(GATEWAYS, Gateways.class).orElseGet(Gateways::none);
    }

    private NodeJobs read(String owner) {
        return state.get().read(JobIds.file(owner), NodeJobs.class).orElseGet(() -> NodeJobs.empty(owner));
    }

    /** Every node's jobs file: the nodes whose gateway was ever seen, and this one. */
    private Map<String, NodeJobs> pool() {
        return pool(gateways(), this::read);
    }

    private Map<String, NodeJobs> pool(Gateways gateways, Function<String, NodeJobs> jobsOf) {
        Set<String> nodes = new TreeSet<>(gateways.seen().keySet());
        nodes.add(node);
        Map<String, NodeJobs> pool = new LinkedHashMap<>();
        nodes.forEach(n -> pool.put(n, jobsOf.apply(n)));
        return pool;
    }
}
