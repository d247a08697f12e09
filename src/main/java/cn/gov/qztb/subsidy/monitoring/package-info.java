/**
 * Whether this node can serve, and what it has done: the health indicators of the readiness probe
 * (the engine answers a query, startup finished, the job executor runs where enabled) and the
 * metrics of /actuator/prometheus (the engine's meters, the job backlog, open incidents, and the
 * programs' filings and awards read from the database). Who may read them: access/ActuatorGuard.
 */
package cn.gov.qztb.subsidy.monitoring;
