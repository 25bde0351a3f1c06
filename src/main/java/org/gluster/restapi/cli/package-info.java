/**
 * The gluster CLI as a process: started as an argv list (never a shell) with stdin closed, a
 * deadline after which it and its children are killed, and bounded output. Its answer is read
 * without trusting the exit code or the promise of XML: opRet decides, plain-text failures
 * ("Connection failed", usage text, the fake success after "Request timed out") are recognised, and
 * the XML parser refuses DOCTYPEs and external entities. Each kind of failure is its own exception,
 * so that each maps to one HTTP status.
 */
package org.gluster.restapi.cli;
