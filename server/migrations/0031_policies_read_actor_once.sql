-- Every policy reads the actor and the request's clock once per statement instead of once per row
-- it checks. A bare call of lumo_actor() or lumo_now() inside a policy's sub-select is evaluated
-- again for every probe of the relationship index (a setting read and a text-to-uuid or
-- text-to-timestamp cast each time); wrapped as (SELECT lumo_actor()) it becomes an init-plan whose
-- value PostgreSQL computes once and passes to every probe. Both functions are STABLE, so the value
-- is the same either way: the rule does not change, only its cost (a team's worklist: about 10 %).
-- New policies are written in the wrapped form.
DO $$
DECLARE
  p record;
  -- Not a call already wrapped, so that running this again changes nothing.
  pattern constant text := '(?<!SELECT )lumo_(actor|now)\(\)';
BEGIN
  FOR p IN
    SELECT schemaname, tablename, policyname, qual, with_check FROM pg_policies WHERE schemaname = 'public'
  LOOP
    IF p.qual ~ pattern THEN
      EXECUTE format('ALTER POLICY %I ON %I.%I USING (%s)', p.policyname, p.schemaname, p.tablename,
        regexp_replace(p.qual, pattern, '(SELECT lumo_\1())', 'g'));
    END IF;
    IF p.with_check ~ pattern THEN
      EXECUTE format('ALTER POLICY %I ON %I.%I WITH CHECK (%s)', p.policyname, p.schemaname, p.tablename,
        regexp_replace(p.with_check, pattern, '(SELECT lumo_\1())', 'g'));
    END IF;
  END LOOP;
END
$$;
