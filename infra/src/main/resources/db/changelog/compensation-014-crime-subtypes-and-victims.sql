--liquibase formatted sql

--changeset compensation:014-crime-subtypes-and-victims
-- OVC's compensation performance measures count child sexual abuse apart from child physical abuse,
-- and sex trafficking apart from labor trafficking: the optional sub-type given at intake (none: "not
-- specified" in the report). The measures also count victims as people, not claims: victim_key is a
-- keyed hash of the victim's full name and birth date, the same for every claim about the same person
-- (no name in the clear). Claims from before this change have none; the report counts them by the
-- older look-up hash of last name and birth date.
alter table claim
    add column crime_subtype text check (
        crime_subtype is null
        or (crime_type = 'CHILD_ABUSE' and crime_subtype in ('CHILD_SEXUAL_ABUSE', 'CHILD_PHYSICAL_ABUSE'))
        or (crime_type = 'HUMAN_TRAFFICKING' and crime_subtype in ('SEX_TRAFFICKING', 'LABOR_TRAFFICKING'))),
    add column victim_key text;
