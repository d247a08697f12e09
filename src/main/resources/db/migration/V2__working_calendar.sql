-- The official working-day calendar (法定节假日与调休), one row per year the State Council has
-- published and one per day that differs from Monday-to-Friday work: holidays and make-up
-- working days. Loaded from seeds/reference/calendar/<year>.yaml; a year without a row is not
-- covered, and nothing is counted in it.
create table calendar_year (
    year_number  integer       primary key,
    notice       varchar(256)  not null,
    loaded_at    timestamp with time zone not null
);

create table calendar_day (
    on_date      date          primary key,
    year_number  integer       not null references calendar_year (year_number),
    working      boolean       not null,
    name         varchar(64)   not null
);
