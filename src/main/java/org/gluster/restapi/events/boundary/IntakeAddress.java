package org.gluster.restapi.events.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import org.gluster.restapi.events.control.IntakeUrl;
import org.gluster.restapi.events.control.Registration;

/** Learns the intake's port from the first request this server answers, unless it is configured. */
@WebListener
public class IntakeAddress implements ServletRequestListener {

    @Inject
    IntakeUrl url;

    @Inject
    Registration registration;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (!url.known() && url.learn(event.getServletRequest().isSecure(), event.getServletRequest().getLocalPort())) {
            registration.urlLearnt();
        }
    }
}
