/**
 * Every error as RFC 9457 {@code application/problem+json}: one mapper per kind of failure, the
 * CLI's opRet, opErrno and opErrstr verbatim where the CLI produced them. The last-resort mapper
 * logs the exception under an incident id and answers only that id, never a class name or trace.
 */
package org.gluster.restapi.problems;
