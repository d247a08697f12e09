-- "Once per enterprise / project / stage / exhibition" and every cap hold within one policy
-- edition: a 2025 edition awards again what the 2024 edition awarded. A subject is now held per
-- program, edition and subject; the ledger's one-award-per-subject key likewise.
create table subject_claim_per_edition (
    program_key     varchar(64)  not null,
    policy_edition  varchar(32)  not null references policy_edition (edition),
    subject_key     varchar(256) not null,
    business_key    varchar(32)  not null unique references application (business_key),
    claimed_at      timestamp with time zone not null,
    primary key (program_key, policy_edition, subject_key)
);
insert into subject_claim_per_edition (program_key, policy_edition, subject_key, business_key, claimed_at)
    select c.program_key, a.policy_edition, c.subject_key, c.business_key, c.claimed_at
    from subject_claim c join application a on a.business_key = c.business_key;
drop table subject_claim;
alter table subject_claim_per_edition rename to subject_claim;

alter table award drop constraint award_one_per_subject;
alter table award add constraint award_one_per_subject_in_edition unique (program_key, policy_edition, subject_key);
drop index award_enterprise_program_idx;
create index award_enterprise_program_idx on award (enterprise_code, program_key, policy_edition);
