package org.gluster.restapi.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.grizzly.Transport;

/**
 * Payara's HTTP listeners, where {@link PathGuard} and {@link WorkerPool} go. Payara offers no public way in: they
 * are reached through its service locator by reflection (see package-info).
 */
final class PayaraListeners {

    private PayaraListeners() {
    }

    /** The transports of Payara's HTTP listeners, reached through its service locator by reflection (see package-info). */
    static List<Transport> transports() throws ReflectiveOperationException {
        ClassLoader loader = PayaraListeners.class.getClassLoader();
        Object locator = Class.forName("org.glassfish.internal.api.Globals", true, loader)
                .getMethod("getDefaultHabitat").invoke(null);
        Class<?> locatorType = Class.forName("org.glassfish.hk2.api.ServiceLocator", true, loader);
        Method services = locatorType.getMethod("getAllServices", Class.class, Annotation[].class);
        Class<?> listenerType = Class.forName("org.glassfish.grizzly.config.dom.NetworkListener", true, loader);
        Class<?> grizzlyType = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService", true, loader);
        Method lookup = grizzlyType.getMethod("lookupNetworkProxy", listenerType);
        Method underlying = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyProxy", true, loader)
                .getMethod("getUnderlyingListener");
        Method transport = Class.forName("org.glassfish.grizzly.config.GenericGrizzlyListener", true, loader)
                .getMethod("getTransport");
        List<Transport> transports = new ArrayList<>();
        for (Object grizzly : (List<?>) services.invoke(locator, grizzlyType, new Annotation[0])) {
            for (Object listener : (List<?>) services.invoke(locator, listenerType, new Annotation[0])) {
                Object proxy = lookup.invoke(grizzly, listener);
                if (underlying.getDeclaringClass().isInstance(proxy)) {
                    Object grizzlyListener = underlying.invoke(proxy);
                    if (transport.getDeclaringClass().isInstance(grizzlyListener)) {
                        transports.add((Transport) transport.invoke(grizzlyListener));
                    }
                }
            }
        }
        return transports.stream().distinct().toList();
    }
}
