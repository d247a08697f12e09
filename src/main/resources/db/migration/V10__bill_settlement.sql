-- Clause 33: the gas discount is given on the gas company's bills, not paid. The company confirms
-- the bill credits of each publicized award (bill numbers and amounts, summing to the award).
create table bill_settlement (
    award_id             bigint         primary key references award (id),
    process_instance_id  varchar(64)    not null unique,
    bills                varchar(4000),
    total                decimal(15, 2),
    confirmed_by         varchar(64),
    confirmed_at         timestamp with time zone
);
