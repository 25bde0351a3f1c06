/**
 * The audit log: every mutating request through either surface, with who, what and the answer's
 * status, kept bounded in the state directory and listed by lsauditlog.
 */
package org.gluster.restapi.audit;
