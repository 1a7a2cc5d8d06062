--liquibase formatted sql

--changeset compensation:005-demographic-categories
-- Gender identity and race/ethnicity become closed lists (GenderIdentity, RaceEthnicity). Typed text
-- could name or describe a person, sat here unsealed and reached the funder workbook as typed. A
-- category code cannot identify by its words, and the funder report counts codes per claim with
-- set-based SQL, so the codes stay in claim like the age band (sealing them would hide nothing the
-- report does not need in the clear). Earlier answers become the category they plainly name, anything
-- else ANOTHER; "unknown" and the like become no answer. The typed words are not kept.
update claim set gender_identity = (
    select case
        when upper(raw) in ('WOMAN', 'MAN', 'TRANSGENDER', 'NON_BINARY', 'ANOTHER', 'PREFER_NOT_TO_SAY') then upper(raw)
        when words in ('', 'unknown', 'not reported', 'not given', 'none', 'na', 'n a') then null
        when words like 'trans%' or words like '% trans%' then 'TRANSGENDER'
        when words in ('non binary', 'nonbinary', 'enby', 'nb', 'genderqueer', 'gender queer', 'no binario',
                       'no binaria') then 'NON_BINARY'
        when words in ('woman', 'female', 'f', 'w', 'girl', 'cis woman', 'cisgender woman', 'cis female', 'mujer',
                       'femenino', 'femenina') then 'WOMAN'
        when words in ('man', 'male', 'm', 'boy', 'cis man', 'cisgender man', 'cis male', 'hombre',
                       'masculino') then 'MAN'
        when words in ('prefer not to say', 'prefer not to answer', 'decline', 'declined', 'declined to answer',
                       'decline to state', 'prefiero no decir', 'prefiero no decirlo', 'prefiero no contestar',
                       'prefiero no responder') then 'PREFER_NOT_TO_SAY'
        else 'ANOTHER' end
    from (select trim(gender_identity) as raw,
                 trim(regexp_replace(translate(lower(gender_identity), 'áéíóúüñ', 'aeiouun'), '[^a-z]+', ' ', 'g')) as words) as answer)
where gender_identity is not null;

update claim set race_ethnicity = coalesce((
    select array_agg(distinct code order by code) from (
        select case
            when upper(raw) in ('AMERICAN_INDIAN_ALASKA_NATIVE', 'ASIAN', 'BLACK_AFRICAN_AMERICAN', 'HISPANIC_LATINO',
                                'NATIVE_HAWAIIAN_PACIFIC_ISLANDER', 'WHITE', 'ANOTHER', 'PREFER_NOT_TO_SAY') then upper(raw)
            when words in ('', 'unknown', 'not reported', 'not given', 'none', 'na', 'n a') then null
            when words in ('american indian', 'alaska native', 'alaskan native', 'american indian or alaska native',
                           'american indian alaska native', 'native american', 'native', 'indigenous',
                           'indigena') then 'AMERICAN_INDIAN_ALASKA_NATIVE'
            when words in ('asian', 'asian american', 'asiatico', 'asiatica') then 'ASIAN'
            when words in ('black', 'african american', 'black or african american', 'black african american',
                           'afroamericano', 'afroamericana', 'negro', 'negra') then 'BLACK_AFRICAN_AMERICAN'
            when words in ('hispanic', 'latino', 'latina', 'latinx', 'latine', 'latina o', 'latino a',
                           'hispanic or latino', 'hispanic latino', 'hispano', 'hispana', 'latin', 'chicano', 'chicana',
                           'mexican', 'mexican american', 'puerto rican', 'cuban') then 'HISPANIC_LATINO'
            when words in ('native hawaiian', 'hawaiian', 'pacific islander', 'native hawaiian or pacific islander',
                           'native hawaiian or other pacific islander', 'native hawaiian pacific islander')
                then 'NATIVE_HAWAIIAN_PACIFIC_ISLANDER'
            when words in ('white', 'caucasian', 'white non latino', 'european american', 'blanco',
                           'blanca') then 'WHITE'
            when words in ('prefer not to say', 'prefer not to answer', 'decline', 'declined', 'declined to answer',
                           'decline to state', 'prefiero no decir', 'prefiero no decirlo', 'prefiero no contestar',
                           'prefiero no responder') then 'PREFER_NOT_TO_SAY'
            else 'ANOTHER' end as code
        from (select trim(r) as raw,
                     trim(regexp_replace(translate(lower(r), 'áéíóúüñ', 'aeiouun'), '[^a-z]+', ' ', 'g')) as words
              from unnest(race_ethnicity) as r) as answer) as coded
    where code is not null), '{}')
where cardinality(race_ethnicity) > 0;

-- "Prefer not to say" beside real answers was never an answer of its own.
update claim set race_ethnicity = array_remove(race_ethnicity, 'PREFER_NOT_TO_SAY')
where 'PREFER_NOT_TO_SAY' = any(race_ethnicity) and cardinality(race_ethnicity) > 1;

-- From now on the table itself refuses anything but the codes.
alter table claim add constraint claim_gender_identity_category check (gender_identity in
    ('WOMAN', 'MAN', 'TRANSGENDER', 'NON_BINARY', 'ANOTHER', 'PREFER_NOT_TO_SAY'));
alter table claim add constraint claim_race_ethnicity_categories check (race_ethnicity <@ array[
    'AMERICAN_INDIAN_ALASKA_NATIVE', 'ASIAN', 'BLACK_AFRICAN_AMERICAN', 'HISPANIC_LATINO',
    'NATIVE_HAWAIIAN_PACIFIC_ISLANDER', 'WHITE', 'ANOTHER', 'PREFER_NOT_TO_SAY']::text[]);
