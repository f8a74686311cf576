-- The change the tests' events describe.
create table note (
    id   uuid primary key,
    text text not null
);
