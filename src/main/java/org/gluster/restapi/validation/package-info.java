/**
 * What GlusterFS accepts for volume names, hosts, bricks and options, checked before any value
 * becomes a CLI argument. The rules follow the CLI's own (cli-cmd-parser.c) and are stricter where
 * a value could be taken for a CLI option or a second word: nothing starts with '-', nothing holds
 * white space or control characters, and brick paths have no '.' or '..' components.
 */
package org.gluster.restapi.validation;
