package org.gluster.restapi.commands;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.cli.CliOutput;
import org.gluster.restapi.cli.CliOutputReader;
import org.gluster.restapi.cli.CliOutputUnreadableException;
import org.gluster.restapi.cli.CliRun;
import org.gluster.restapi.cli.CliStatistics;
import org.gluster.restapi.cli.CliStoppedException;
import org.gluster.restapi.cli.CliTimeoutException;
import org.gluster.restapi.cli.GlusterCli;
import org.gluster.restapi.cli.GlusterdUnavailableException;
import org.gluster.restapi.cli.Unconfirmed;
import org.gluster.restapi.commands.cache.CliTurns;
import org.gluster.restapi.commands.cache.GlusterdLiveness;
import org.gluster.restapi.commands.cache.ReadCache;
import org.gluster.restapi.commands.cache.ReadLedger;
import org.gluster.restapi.commands.cache.StoreWatcher;
import org.gluster.restapi.http.WorkerPool;
import org.gluster.restapi.problems.TooManyRequestsException;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;

/**
 * The one door to the gluster CLI on this node. One CLI runs at a time; a change waiting for its
 * turn goes before every waiting read; one that waits longer than {@code glusterrest.cli.lock-wait}
 * seconds gets 429; a change that comes while a read's CLI has not yet asked glusterd anything stops
 * that CLI, which runs again right after the change. Reads are answered from the read cache when
 * fresh and share a run in flight; a change drops the cache before and after it runs, so its caller
 * reads its own write. A plain CDI bean: the turns are its own and no call touches a transactional
 * resource, so an EJB container would only add its invocation (interceptors, security manager, a
 * contended context counter: measured, about 4 % of a cached read's CPU samples beyond the façade's
 * own work) and its start.
 */
@ApplicationScoped
public class CommandFacade {

    private final CliTurns turns = new CliTurns();

    @Inject
    @ConfigProperty(name = "glusterrest.cli.lock-wait", defaultValue = "30")
    int lockWaitSeconds;

    @Inject
    GlusterCli cli;

    @Inject
    CliStatistics statistics;

    @Inject
    Settings settings;

    @Inject
    ReadCache cache;

    @Inject
    StoreWatcher store;

    @Inject
    GlusterdLiveness glusterd;

    @Inject
    Instance<ReadLedger> ledgers;

    @Inject
    BeanManager beans;

    public CliOutput execute(GlusterCommand command) {
        return command.mutating() ? change(command) : read(command);
    }

    private CliOutput change(GlusterCommand command) {
        cache.invalidate();
        try {
            return parsed(command, WorkerPool.whileBlocked(() -> inTurn(command, () -> { })));
        } catch (CliTimeoutException | GlusterdUnavailableException | CliOutputUnreadableException lost) {
            throw Unconfirmed.of(lost, command.args());
        } finally {
            cache.invalidate();
        }
    }

    private CliOutput read(GlusterCommand command) {
        ReadLedger ledger = requestActive() ? ledgers.get() : null;
        var answer = cache.read(new ReadCache.Key(command.args(), command.xml()), command.live() || !store.watching(),
                ledger != null && ledger.revalidating() || !glusterd.answers(), started -> {
                    CliRun run = WorkerPool.whileBlocked(() -> inTurn(command, started));
                    return new ReadCache.Loaded(parsed(command, run), 2L * (run.stdout().length()
                            + run.stderr().length()));
                });
        if (ledger != null) {
            ledger.record(answer);
        }
        return answer.output();
    }

    private static CliOutput parsed(GlusterCommand command, CliRun run) {
        return command.xml() ? CliOutputReader.read(run) : CliOutputReader.readText(run);
    }

    private CliRun inTurn(GlusterCommand command, Runnable cliStarts) {
        takeTurn(command.mutating(), false);
        boolean mine = true;
        try {
            cliStarts.run();
            try {
                return cli.run(command.args(), command.xml(), timeout(),
                        command.mutating() ? early -> { } : early -> turns.stoppable(early::stop));
            } catch (CliStoppedException forAChange) {
                statistics.stoppedForAChange();
                mine = false;
                takeTurn(false, true);
                mine = true;
                cliStarts.run();
                return cli.run(command.args(), command.xml(), timeout());
            }
        } finally {
            if (mine) {
                turns.release();
            }
        }
    }

    private void takeTurn(boolean change, boolean again) {
        long started = System.nanoTime();
        boolean mine = false;
        try {
            mine = again ? turns.acquireAgain(lockWaitSeconds, TimeUnit.SECONDS)
                    : turns.acquire(change, lockWaitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            statistics.waitedForLock(System.nanoTime() - started);
        }
        if (!mine) {
            throw new TooManyRequestsException("cli-concurrency", "the gluster CLI of this node stayed busy for "
                    + lockWaitSeconds + " s, longer than a request may wait", lockWaitSeconds / 2);
        }
    }

    private Duration timeout() {
        return Duration.ofSeconds(settings.intValue(Setting.CLITIMEOUT));
    }

    private boolean requestActive() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
