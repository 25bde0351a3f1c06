package org.gluster.restapi.commands;

import jakarta.ejb.AccessTimeout;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.gluster.restapi.cli.CliOutput;
import org.gluster.restapi.cli.CliOutputReader;
import org.gluster.restapi.cli.GlusterCli;

/**
 * The one door to the gluster CLI on this node: the container's write lock lets one CLI run at a
 * time; a caller that waits longer than the access timeout gets 429 with Retry-After.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
@Lock(LockType.WRITE)
@AccessTimeout(value = CommandFacade.LOCK_WAIT_SECONDS, unit = TimeUnit.SECONDS)
public class CommandFacade {

    static final long LOCK_WAIT_SECONDS = 30;

    @Inject
    GlusterCli cli;

    @Lock(LockType.WRITE)
    public CliOutput execute(GlusterCommand command) {
        return CliOutputReader.read(cli.run(command.args()));
    }
}
