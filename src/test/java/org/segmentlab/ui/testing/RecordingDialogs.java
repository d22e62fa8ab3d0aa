package org.segmentlab.ui.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.dialog.FileType;
import org.segmentlab.ui.dialog.SaveChoice;

/** Answers for the user from prepared answers and keeps every message shown. Thread-safe enough for FX tests. */
public final class RecordingDialogs implements DialogService {

    /** A message that was shown: kind is error, exception or information. */
    public record Shown(String kind, String title, String message) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private final Deque<Path> filesToOpen = new ArrayDeque<>();
    private final Deque<Path> filesToSave = new ArrayDeque<>();
    private final Deque<Path> folders = new ArrayDeque<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private SaveChoice saveChoice = SaveChoice.CANCEL;
    private int saveQuestions;

    public synchronized RecordingDialogs openWillChoose(Path file) {
        filesToOpen.add(file);
        return this;
    }

    public synchronized RecordingDialogs saveWillChoose(Path file) {
        filesToSave.add(file);
        return this;
    }

    public synchronized RecordingDialogs folderWillChoose(Path folder) {
        folders.add(folder);
        return this;
    }

    public synchronized RecordingDialogs confirmWillAnswer(boolean answer) {
        confirmations.add(answer);
        return this;
    }

    public synchronized RecordingDialogs saveChangesWillAnswer(SaveChoice choice) {
        saveChoice = choice;
        return this;
    }

    public synchronized List<Shown> shown() {
        return List.copyOf(shown);
    }

    public synchronized List<Shown> errors() {
        return shown.stream().filter(s -> !s.kind().equals("information")).toList();
    }

    public synchronized int saveQuestions() {
        return saveQuestions;
    }

    @Override
    public synchronized void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public synchronized void showException(String title, String message, Throwable error) {
        shown.add(new Shown("exception", title, message));
    }

    @Override
    public synchronized void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message));
    }

    private final List<Path> written = new ArrayList<>();

    /** A notification that something was written is information too; the path is kept. */
    @Override
    public synchronized void showWritten(String title, String message, Path file) {
        written.add(file);
        shown.add(new Shown("information", title, message));
    }

    /** The files and folders the notifications offered to open, in order. */
    public synchronized List<Path> written() {
        return List.copyOf(written);
    }

    @Override
    public synchronized boolean confirm(String title, String message, String confirmLabel, String declineLabel) {
        shown.add(new Shown("confirm", title, message));
        Boolean answer = confirmations.poll();
        return answer != null && answer;
    }

    @Override
    public synchronized SaveChoice askToSaveChanges(String projectName) {
        saveQuestions++;
        return saveChoice;
    }

    @Override
    public synchronized Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public synchronized Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public synchronized Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folders.poll());
    }
}
