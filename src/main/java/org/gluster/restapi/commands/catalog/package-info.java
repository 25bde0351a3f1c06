/**
 * The declared catalog of gluster commands: for each, its argv template, positional arguments and
 * named parameters (flag, value, list, pairs or choice, each with its validation) and whether it
 * reads or mutates. It is the only place argv is built, for /rest/v1 and /v1 alike.
 */
package org.gluster.restapi.commands.catalog;
