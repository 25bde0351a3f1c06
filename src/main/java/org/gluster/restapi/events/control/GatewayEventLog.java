package org.gluster.restapi.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import org.gluster.restapi.cli.ThisNode;
import org.gluster.restapi.events.entity.NewEvent;

/** The gateway's own events, told by this node: a name of GatewayEvents and a few plain fields. */
@ApplicationScoped
public class GatewayEventLog {

    @Inject
    EventLog log;

    @Inject
    ThisNode node;

    public void tell(String event, Map<String, ?> fields) {
        JsonObjectBuilder message = Json.createObjectBuilder();
        fields.forEach((key, value) -> {
            if (value instanceof Number number) {
                message.add(key, number.longValue());
            } else if (value != null) {
                message.add(key, value.toString());
            }
        });
        log.publish(new NewEvent(node.uuid(), event, message.build()));
    }
}
