package org.gluster.restapi.webhooks.control;

import java.net.URI;
import java.util.Map;

/** Posts one signed body; never throws for the receiver's failures, which are the outcome. */
@FunctionalInterface
interface Sender {

    Outcome post(URI url, Map<String, String> headers, byte[] body);
}
