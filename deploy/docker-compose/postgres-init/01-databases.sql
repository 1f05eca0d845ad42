-- One database per service: they share nothing but Kafka events.
CREATE DATABASE registration;
CREATE DATABASE schedule;
CREATE DATABASE notification;
CREATE DATABASE streaming;
CREATE DATABASE submissions;
