-- Answer packages are written once and purged when their download link expires: no UPDATE.
GRANT SELECT, INSERT, DELETE ON request_packages TO vigie_app;
