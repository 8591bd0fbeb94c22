-- Check photos and plan documents move into the one file store (platform.stored_file). Their files stay where they
-- are (the store keeps paths relative to the files directory); the rows that describe them move into the store and
-- the inspection tables point at them. New files go under the store's own layout.

-- A check photo belongs to its task.
insert into platform.stored_file (owner_type, owner_id, region_code, original_name, kind, size_bytes, sm3, path,
                                  stored_at, stored_by)
select 'inspection.task', task_id::text, region_code,
       'check-photo-' || id || case media_type when 'image/png' then '.png' else '.jpg' end,
       case media_type when 'image/png' then 'PNG' else 'JPEG' end, size_bytes, sm3, stored_path, uploaded_at,
       uploaded_by
  from inspection.check_photo order by id;

alter table inspection.check_photo add column file_id bigint unique;
update inspection.check_photo photo set file_id = stored.id
  from platform.stored_file stored where stored.path = photo.stored_path;
alter table inspection.check_photo alter column file_id set not null;
alter table inspection.check_photo drop column stored_path;

-- Plan documents were kept once per digest, so one file may serve several filings (generated data shares one
-- placeholder); it belongs to the agency that filed it first, or to "generated".
insert into platform.stored_file (owner_type, owner_id, region_code, original_name, kind, size_bytes, sm3, path,
                                  stored_at, stored_by)
select distinct on (document_sm3, document_type)
       'inspection.plan_filing', case filed_by when '数据生成' then 'generated' else agency_id::text end, region_code,
       document_name, document_type, document_size, document_sm3,
       'inspection/plan-filings/' || document_sm3 || '.' || lower(document_type), filed_on, filed_by
  from inspection.plan_filing order by document_sm3, document_type, id;

alter table inspection.plan_filing add column document_file bigint;
update inspection.plan_filing filing set document_file = stored.id
  from platform.stored_file stored
 where stored.path = 'inspection/plan-filings/' || filing.document_sm3 || '.' || lower(filing.document_type);
alter table inspection.plan_filing alter column document_file set not null;
