package org.gluster.restapi.commands;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.cli.CliOutput;
import org.gluster.restapi.cli.CliOutputReader;
import org.gluster.restapi.cli.CliRun;
import org.gluster.restapi.cli.CliStatistics;
import org.gluster.restapi.cli.GlusterCli;
import org.gluster.restapi.problems.TooManyRequestsException;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;

/**
 * The one door to the gluster CLI on this node: one CLI runs at a time, callers queue in arrival
 * order, and one that waits longer than {@code glusterrest.cli.lock-wait} seconds gets 429. Each run
 * may last the {@code clitimeout} setting in force at its start.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CommandFacade {

    private final ReentrantLock cliLock = new ReentrantLock(true);

    @Inject
    @ConfigProperty(name = "glusterrest.cli.lock-wait", defaultValue = "30")
    int lockWaitSeconds;

    @Inject
    GlusterCli cli;

    @Inject
    CliStatistics statistics;

    @Inject
    Settings settings;

    public CliOutput execute(GlusterCommand command) {
        acquire();
        try {
            CliRun run = cli.run(command.args(), command.xml(),
                    Duration.ofSeconds(settings.intValue(Setting.CLITIMEOUT)));
            return command.xml() ? CliOutputReader.read(run) : CliOutputReader.readText(run);
        } finally {
            cliLock.unlock();
        }
    }

    private void acquire() {
        long started = System.nanoTime();
        boolean locked = false;
        try {
            locked = cliLock.tryLock(lockWaitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            statistics.waitedForLock(System.nanoTime() - started);
        }
        if (!locked) {
            throw new TooManyRequestsException("cli-concurrency", "the gluster CLI of this node stayed busy for "
                    + lockWaitSeconds + " s, longer than a request may wait", lockWaitSeconds / 2);
        }
    }
}
