-- Demo accounts for the local run (sesame.demo.enabled=true). Applied only when the demo is on; each
-- insert is skipped when the account is already there, so changing a demo account's password in a
-- run keeps it changed. The passwords are public (README): they are demo data, not secrets.
-- Fixed ids below 100 (generated ids start at 951). Hashes: Argon2id m=19456,t=2,p=1 of the NFKC form of each password / answer.

-- jdupont: regular, question and answer set, validated personal address. Password Tilleul-Ecorce-42
insert into account (id, identifier, last_name, first_name, birth_date, student_number, kind, state, password_hash,
                     password_changed_at, question_id, answer_hash, question_changed_at, created_at)
select 1, 'jdupont', 'Dupont', 'Jeanne', date '2004-02-29', '21805678', 'REGULAR', 'ACTIVE',
       '$argon2id$v=19$m=19456,t=2,p=1$Nh9C4OdH6p2gSnC1YrRLZA$FFMwWTtAN+RIQ8FUUkwbZUHDcyV3yeVCLssh2jbRbn8',
       current_timestamp, 'childhood-street',
       '$argon2id$v=19$m=19456,t=2,p=1$0vGuUEFsow5PKJOifwF6nA$ArNd58+RGEAR9yOWCyvbfLpQWrM9OhSd5M9ipNWm0EU',
       current_timestamp, current_timestamp
where not exists (select 1 from account where identifier = 'jdupont');

insert into personal_address (id, account_id, address, state, requested_at, validated_at)
select 1, id, 'jeanne.dupont@example.org', 'VALIDATED', current_timestamp, current_timestamp from account
where identifier = 'jdupont' and not exists (select 1 from personal_address p where p.account_id = account.id);

-- pmartin: staff, personal address given but not validated, no secret question. Password Cathedrale-Rose-1439
insert into account (id, identifier, last_name, first_name, birth_date, staff_number, kind, state, password_hash,
                     password_changed_at, created_at)
select 2, 'pmartin', 'Martin', 'Pierre', date '1979-11-03', 'E4521', 'REGULAR', 'ACTIVE',
       '$argon2id$v=19$m=19456,t=2,p=1$QL/Uvr8lNHA+eaujMTHiDA$75YfP+aiFnkt2+pX9Knq9MlzHDx1GMxrlRjTc7i6kxg',
       current_timestamp, current_timestamp
where not exists (select 1 from account where identifier = 'pmartin');

insert into personal_address (id, account_id, address, state, requested_at)
select 2, id, 'p.martin@example.net', 'PENDING', current_timestamp from account
where identifier = 'pmartin' and not exists (select 1 from personal_address p where p.account_id = account.id);

-- clambert: temporary account, validated personal address. Password Orangerie-Cygne-77
insert into account (id, identifier, last_name, first_name, kind, state, password_hash, password_changed_at, created_at)
select 3, 'clambert', 'Lambert', 'Claire', 'TEMPORARY', 'ACTIVE',
       '$argon2id$v=19$m=19456,t=2,p=1$/jYXowVJ0ZI6PAe8Mubvaw$dsrbmeO4GmDfOCk98E4h8vMguQaR4sSqu3HLPi/8RIc',
       current_timestamp, current_timestamp
where not exists (select 1 from account where identifier = 'clambert');

insert into personal_address (id, account_id, address, state, requested_at, validated_at)
select 3, id, 'claire.lambert@example.org', 'VALIDATED', current_timestamp, current_timestamp from account
where identifier = 'clambert' and not exists (select 1 from personal_address p where p.account_id = account.id);

-- ebernard: not activated yet (student number 22104567, INE 0123456789A, born 2006-05-17, enrolment address
-- emile.bernard06@example.org where the activation code is mailed, activation key K7PX-42QE as printed on the
-- enrolment papers; only its SHA-256 is kept)
insert into account (id, identifier, last_name, first_name, birth_date, student_number, ine, kind, state, created_at)
select 4, 'ebernard', 'Bernard', 'Émile', date '2006-05-17', '22104567', '0123456789A', 'REGULAR', 'NOT_ACTIVATED',
       current_timestamp
where not exists (select 1 from account where identifier = 'ebernard');
update account set activation_key_hash = 'c6b751ba9522b368ab7acdac9799591f41bad0e5970954a360765d6256360de8'
where identifier = 'ebernard' and activation_key_hash is null;
update account set enrolment_address = 'emile.bernard06@example.org'
where identifier = 'ebernard' and enrolment_address is null;
