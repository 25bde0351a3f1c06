/**
 * /v1/volumes: the resource only delegates; the control validates every value before it becomes a
 * CLI word ({@code VolumeCommands}), runs it through the façade and maps the XML to records
 * ({@code VolumeXml}). A create whose initial options are refused removes the volume again, so a bad
 * request changes nothing.
 */
package org.gluster.restapi.volumes;
