package fr.relanceiae.directory;

public enum ImportStatus {
    QUEUED, RUNNING, DONE, FAILED
}
