-- Create the qistdesk team database and its roles on an office PostgreSQL server.
--
-- Run once as a PostgreSQL superuser (running it again is harmless):
--
--   psql -h HOST -U postgres -v dbname=qistdesk -f create_database.sql
--
-- Variables (-v NAME=VALUE), all optional:
--   dbname   the database to create              (default: qistdesk)
--   owner    the login role that owns the schema (default: <dbname>_owner);
--            only it runs schema upgrades (`qistdesk --db postgresql+psycopg://OWNER@HOST/DB check`)
--
-- It creates two group roles; people log in with their own roles, made members of one:
--   <dbname>_editors  read and change data (SELECT, INSERT, UPDATE, DELETE)
--   <dbname>_viewers  read only (SELECT)
-- e.g.  CREATE ROLE nina LOGIN IN ROLE qistdesk_editors;  \password nina
-- See docs/team-server.md.

\set ON_ERROR_STOP on
\if :{?dbname}
\else
  \set dbname qistdesk
\endif
\if :{?owner}
\else
  \set owner :dbname _owner
\endif
\set editors :dbname _editors
\set viewers :dbname _viewers

-- Roles (cluster-wide, so named after the database).
SELECT format('CREATE ROLE %I LOGIN', :'owner')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I NOLOGIN', :'editors')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'editors') \gexec
SELECT format('CREATE ROLE %I NOLOGIN', :'viewers')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'viewers') \gexec

-- The database, owned by the owner role, always UTF-8.
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'dbname', :'owner', 'UTF8')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'dbname') \gexec

-- Only the three roles may connect.
REVOKE ALL ON DATABASE :"dbname" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"dbname" TO :"editors", :"viewers";

\connect :"dbname"

-- Nobody but the owner may create tables (PostgreSQL before 15 let everyone).
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO :"owner";
GRANT USAGE ON SCHEMA public TO :"editors", :"viewers";

-- Tables the owner creates from now on (every schema upgrade) come with these grants ...
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"editors";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT SELECT ON TABLES TO :"viewers";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO :"editors", :"viewers";

-- ... and so do the tables that already exist (running this again after the schema is there).
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"editors";
GRANT SELECT ON ALL TABLES IN SCHEMA public TO :"viewers";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"editors", :"viewers";

\echo Database :dbname is ready: owner :owner, groups :editors and :viewers.
