/**
 * The OpenAPI document at /openapi, and the explorer that reads it. The /v1 resources describe
 * themselves with MicroProfile OpenAPI annotations; the command targets are one generic JAX-RS
 * method, so their operations are generated here from the catalog that runs them, never written
 * twice. A filter then completes every operation the same way: the error statuses it can answer,
 * each with the problem+json schema, the security schemes where a token is needed, and examples
 * taken from real responses (META-INF/openapi-examples). The document is for generated clients too,
 * so it is exact rather than scanned: records' schemas come from the records as JSON-B writes them
 * (Payara's scan named the option's "default" isDefault and made Instants objects), command bodies
 * are components of their own (generators named an inline body like a record), a long operation's
 * job form is an operation of its own (one success type each), and what OpenAPI 3 does not know
 * (Payara's "endpoints") or no operation reaches is removed. The explorer is Swagger UI from its
 * webjar, served by a servlet because JAX-RS owns every other path.
 */
package org.gluster.restapi.openapi;
