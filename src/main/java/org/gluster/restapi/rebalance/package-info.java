/**
 * /v1/volumes/{name}/rebalance: start (or fix-layout only), stop and status per node with files,
 * size and progress. Started as a job (Prefer: respond-async), the job follows the rebalance to
 * its end and shows its progress; see the tasks package.
 */
package org.gluster.restapi.rebalance;
