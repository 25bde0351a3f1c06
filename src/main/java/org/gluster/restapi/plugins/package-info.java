/**
 * Plugins that registered with the gateway, as Storage Virtualize keeps them: its clients (the IBM
 * Storage Virtualize Ansible collection's REST client, for one) call {@code registerplugin} with
 * {@code {name, uniquekey, version, metadata}} right after {@code /rest/auth}, whatever the user's
 * group, and fail on a 404. The gateway accepts it from any group, records it in the audit log and
 * keeps the last {@value org.gluster.restapi.plugins.PluginCommands#MAX_PLUGINS} registrations (one per
 * name and key, the oldest dropped) in plugins.json of the pool's state, listed by {@code lsplugin}.
 * The values are client-chosen text that a reader sees in a terminal: bounded and printable only.
 */
package org.gluster.restapi.plugins;
