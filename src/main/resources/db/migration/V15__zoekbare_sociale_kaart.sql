-- The social map people can search (issue 14, ADR 0015): Dutch full text over a service's name,
-- keywords, target groups and description, ranked; capacity and waiting time kept by the partner;
-- collective provisions with a location and opening hours. The search and its index are designed
-- together: the query (DienstRepository) matches exactly the indexed expression below.

create extension if not exists unaccent;

-- Dutch stemming after removing accents, so that "financiële" and "financiën" reach the same
-- stem family and a query typed without accents finds text written with them.
create text search configuration vraagwijzer_nl (copy = dutch);
alter text search configuration vraagwijzer_nl
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part with unaccent, dutch_stem;

-- What a service is found by, weighted: name (A), keywords and target groups (B), description (C).
-- Immutable (the configuration is fixed by search_path at creation), so that it can be indexed.
create function dienst_zoektekst(naam text, trefwoorden text[], doelgroepen text[], omschrijving text)
returns tsvector
language sql immutable parallel safe set search_path from current as $$
    select setweight(to_tsvector('vraagwijzer_nl', coalesce(naam, '')), 'A')
        || setweight(to_tsvector('vraagwijzer_nl', coalesce(array_to_string(trefwoorden, ' '), '')), 'B')
        || setweight(to_tsvector('vraagwijzer_nl', coalesce(array_to_string(doelgroepen, ' '), '')), 'B')
        || setweight(to_tsvector('vraagwijzer_nl', coalesce(omschrijving, '')), 'C')
$$;

create function organisatie_zoektekst(naam text, omschrijving text)
returns tsvector
language sql immutable parallel safe set search_path from current as $$
    select setweight(to_tsvector('vraagwijzer_nl', coalesce(naam, '')), 'A')
        || setweight(to_tsvector('vraagwijzer_nl', coalesce(omschrijving, '')), 'C')
$$;

-- A visitor's words as a query: every word must match (as a web search does), each as a prefix of
-- its stem, so that "schulden" (stem schuld) finds "schuldhulpverlening" and Dutch compounds are
-- found by their first part. Long stems lose their last two letters first: the Dutch stemmer
-- leaves inflections such as financiel/financien (financiële, financiën) or mantelzorger/mantelzorg
-- apart. Operators, quotes and punctuation in the input are words' separators, never syntax: the
-- input cannot make the query invalid. Only stop words (or nothing): the empty query, no match.
create function vraagwijzer_zoekvraag(vraag text)
returns tsquery
language sql immutable strict parallel safe set search_path from current as $$
    select coalesce(string_agg(
            quote_literal(case when length(lexeme) >= 8 then left(lexeme, length(lexeme) - 2) else lexeme end) || ':*',
            ' & '), '')::tsquery
    from unnest(to_tsvector('vraagwijzer_nl', vraag))
    where length(lexeme) > 1
$$;

-- Keywords the directory's keeper adds ("budgetcoach", "formulierenhulp").
alter table dienst add column trefwoorden text[] not null default '{}';

-- Capacity, kept by the partner organisation itself (or the functional admin): places available
-- now and the expected wait, with when it was last stated (a stale figure is shown as such).
alter table dienst add column plaatsen_beschikbaar integer;
alter table dienst add column wachttijd_weken integer;
alter table dienst add column capaciteit_bijgewerkt_op timestamp(6) with time zone;
alter table dienst add constraint dienst_plaatsen_niet_negatief check (plaatsen_beschikbaar >= 0);
alter table dienst add constraint dienst_wachttijd_niet_negatief check (wachttijd_weken between 0 and 520);

-- A collective provision: walk-in, a community centre's activity, a volunteer initiative, a peer
-- group. Where (an address), when (opening hours in the shape of an HSDS schedule), and whether
-- it is free.
alter table dienst add column collectief varchar(30);
alter table dienst add constraint dienst_collectief check (
    collectief in ('inloop', 'buurthuisactiviteit', 'vrijwilligersinitiatief', 'lotgenotengroep'));
alter table dienst add column kosteloos boolean not null default false;
alter table dienst add column locatie_naam varchar(200);
alter table dienst add column adres_straat varchar(100);
alter table dienst add column adres_huisnummer integer;
alter table dienst add column adres_huisnummertoevoeging varchar(10);
alter table dienst add column adres_postcode varchar(6);
alter table dienst add column adres_plaats varchar(100);
alter table dienst add constraint dienst_postcode_formaat check (adres_postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$');
alter table dienst add column openingstijden jsonb not null default '[]';

-- The search: the text (GIN over the weighted vector, the expression the query repeats), the
-- target group filter, and the names' trigrams without accents for the typo-tolerant fallback.
create index dienst_zoektekst on dienst using gin (dienst_zoektekst(naam, trefwoorden, doelgroepen, omschrijving));
create index organisatie_zoektekst on organisatie using gin (organisatie_zoektekst(naam, omschrijving));
create index dienst_doelgroepen on dienst using gin (doelgroepen);
