/**
 * The gluster CLI as a process: started as an argv list (never a shell) with stdin closed, a
 * deadline after which it and its children are killed, and bounded output. Its answer is read
 * without trusting the exit code or the promise of XML: opRet decides, plain-text failures
 * ("Connection failed", usage text, the fake success after "Request timed out") are recognised, and
 * the XML parser refuses DOCTYPEs and external entities. Each kind of failure is its own exception,
 * so that each maps to one HTTP status.
 * <p>
 * {@link org.gluster.restapi.cli.GlusterCli} is the one runner for the daemon and the admin tool, so
 * both kill a hung CLI the same way. It is a plain class: the caller passes the timeout of each run
 * (the daemon's from the clitimeout setting) and the executor that drains the output (a pool of the
 * server's managed threads in the daemon, daemon threads in the tool); metrics and per-request time are a
 * {@link org.gluster.restapi.cli.CliListener} that GlusterCliProducer adds in the daemon. This package
 * uses no other package of the project, so base packages never look upward.
 * <p>
 * An answer's DOM is only read after parsing (navigation by first child and next sibling, no deferred
 * nodes), so one cached answer can be read by many request threads at once; {@link
 * org.gluster.restapi.cli.Parsed} keeps the records read from the last answer, so a cached read is not
 * mapped again per request.
 */
package org.gluster.restapi.cli;
