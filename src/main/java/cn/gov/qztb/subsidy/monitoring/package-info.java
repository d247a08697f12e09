/**
 * Whether this node can serve: the health indicators of the readiness probe (the engine answers a
 * query, startup finished, the job executor runs where enabled). Who may read them:
 * access/ActuatorGuard.
 */
package cn.gov.qztb.subsidy.monitoring;
