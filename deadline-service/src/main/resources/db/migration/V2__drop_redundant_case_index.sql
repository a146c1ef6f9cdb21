-- Lookups by case use the unique constraint deadline_clock_part (case_id, kind, department_code), whose first
-- column is case_id; the separate index on case_id only made every clock update maintain one more index.
DROP INDEX IF EXISTS deadline_clock_case_idx;
