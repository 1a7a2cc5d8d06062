--liquibase formatted sql

--changeset compensation:018-work-queue-order
-- The work queue (bpmn's OpenTaskTables) reads a page of open tasks, emergency items first, in one of
-- three orders. These indexes on the engine's task table hold the open tasks in those orders, so a page
-- is read by walking one and stopping when it is full, at any number of open claims. The engine does
-- not depend on them; they add to its writes of a task.
create index queue_task_by_due on act_ru_task
    ((task_def_key_ <> 'EMERGENCY_REVIEW'), due_date_, priority_ desc, create_time_, id_) where suspension_state_ = 1;
create index queue_task_by_priority on act_ru_task
    ((task_def_key_ <> 'EMERGENCY_REVIEW'), priority_ desc, due_date_, create_time_, id_) where suspension_state_ = 1;
create index queue_task_by_age on act_ru_task
    ((task_def_key_ <> 'EMERGENCY_REVIEW'), create_time_, id_) where suspension_state_ = 1;
