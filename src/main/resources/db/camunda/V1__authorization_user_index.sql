-- Every authorization check selects the rows of the user (USER_ID_ in (user, '*')) or of the
-- user's groups. Camunda indexes the groups (ACT_IDX_AUTH_GROUP_ID) but its only index on
-- USER_ID_ starts with TYPE_, so the user's half of the check scans the whole table, which
-- grows with every application (docs/benchmarks.md).
create index QZTB_IDX_AUTH_USER_ID on ACT_RU_AUTHORIZATION (USER_ID_);
