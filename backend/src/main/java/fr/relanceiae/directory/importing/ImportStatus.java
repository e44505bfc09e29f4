package fr.relanceiae.directory.importing;

public enum ImportStatus {
    QUEUED, RUNNING, DONE, FAILED
}
