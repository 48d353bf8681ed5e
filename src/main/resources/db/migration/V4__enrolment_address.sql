-- Activation (Assistance › Activer son compte): the address the university already has for a new member
-- (given at enrolment or on the staff file), to which the one-time activation code is mailed. Directory
-- data like the names, written by the import job; never a personal address the person chose in Sésame.
alter table account add column enrolment_address varchar(254);
