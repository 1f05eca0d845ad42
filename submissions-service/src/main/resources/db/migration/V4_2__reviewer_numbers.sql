-- "Reviewer N" is stored with the assignment when it is made and never reused on the paper: removing an earlier
-- reviewer must not rename the others in reviews already read, the discussion, or what authors were told.
ALTER TABLE assignment ADD COLUMN reviewer_number INT;

UPDATE assignment a SET reviewer_number = numbered.n
FROM (SELECT id, row_number() OVER (PARTITION BY submission_id ORDER BY created_at, id) AS n FROM assignment) numbered
WHERE a.id = numbered.id;

ALTER TABLE assignment ALTER COLUMN reviewer_number SET NOT NULL;
CREATE UNIQUE INDEX assignment_reviewer_number ON assignment (submission_id, reviewer_number);
