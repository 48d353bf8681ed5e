-- ldap mode (sesame.directory=ldap): the directory entry's stable id (entryUUID) beside the identifier, so
-- what Sésame keeps for a person (answer, addresses, charter, links, counters) follows the entry even if
-- the university renames the identifier. Null in database mode.
alter table account add column directory_id varchar(64);
create unique index account_directory_id_idx on account (directory_id);
