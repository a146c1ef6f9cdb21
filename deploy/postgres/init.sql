-- One database and one user per service (docker-compose only; the local stack creates the same).
create user case_service with password 'case_service';
create database case_service owner case_service;
create user deadline_service with password 'deadline_service';
create database deadline_service owner deadline_service;
create user callback_service with password 'callback_service';
create database callback_service owner callback_service;
create user survey_service with password 'survey_service';
create database survey_service owner survey_service;
