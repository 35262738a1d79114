-- The vision and each service value are written in each of the portal's languages (en, uk, ru): one row per
-- language, keyed by its tag. What was written before becomes the default language's text (English).
create table vision_text (
    vision_id bigint        not null references vision_version (id),
    lang      varchar(8)    not null,
    statement varchar(4000) not null,
    primary key (vision_id, lang)
);

insert into vision_text (vision_id, lang, statement)
select id, 'en', statement from vision_version;

alter table vision_version drop column statement;

create table service_value_text (
    value_id    bigint        not null references service_value (id),
    lang        varchar(8)    not null,
    name        varchar(80)   not null,
    description varchar(1000) not null,
    primary key (value_id, lang)
);

insert into service_value_text (value_id, lang, name, description)
select id, 'en', name, description from service_value;

alter table service_value drop column name;
alter table service_value drop column description;
