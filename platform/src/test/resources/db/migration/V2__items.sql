-- What the keyset tests page through; batch keeps each test's rows apart.
create table item (
    id       uuid primary key,
    batch    uuid    not null,
    name     text    not null,
    position integer not null
);
