package io.github.motcua.cli;

import io.github.motcua.Language;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The line in Vietnamese that follows an error or a rejection when the command's text is
 * Vietnamese ({@code --lang vi}, the default of {@code demo}, {@code report} and {@code score}):
 * what kind of problem it is and what to do. The English line before it keeps its documented form,
 * which scripts parse; commands without {@code --lang} print English only.
 */
final class VietnameseGuidance {
    private VietnameseGuidance() {}

    /**
     * Prints the guidance for an exit code on the command's standard error, unless there is none
     * (success, or a command whose text is not Vietnamese).
     *
     * @param exitCode the command's exit code
     * @param command the command that ran or failed
     */
    static void print(int exitCode, CommandLine command) {
        String guidance = of(exitCode, command);
        if (guidance != null) {
            command.getErr().println(guidance);
        }
    }

    private static @Nullable String of(int exitCode, CommandLine command) {
        OptionSpec lang = command.getCommandSpec().findOption("--lang");
        if (lang == null || lang.getValue() != Language.VI) {
            return null;
        }
        String name = command.getCommandSpec().qualifiedName();
        String text = switch (exitCode) {
            case ExitCode.ERROR ->
                "lệnh hoặc giá trị chưa đúng: sửa theo thông báo trên rồi chạy lại (" + name
                        + " --help cho biết cách dùng).";
            case ExitCode.REJECTED ->
                "có hồ sơ bị từ chối; các hồ sơ còn lại đã được tính. Lý do của từng"
                        + " hồ sơ nằm ở các dòng trên (hoặc trong tệp --rejects): sửa rồi chạy lại.";
            case ExitCode.INPUT_OUTPUT ->
                "không đọc hoặc không ghi được tệp: kiểm tra đường dẫn, quyền truy" + " cập và dung lượng đĩa.";
            case ExitCode.INTERNAL ->
                "lỗi nội bộ hoặc hết bộ nhớ: làm theo thông báo trên; nếu là lỗi của"
                        + " motcua, chạy lại với --debug và gửi toàn bộ thông báo cho nhóm phát triển.";
            default -> null;
        };
        return text == null ? null : name + ": " + text;
    }

    /**
     * Returns the subcommand that ran, or the root when none was reached.
     *
     * @param root the root command line, after execution
     */
    static CommandLine executed(CommandLine root) {
        ParseResult result = root.getParseResult();
        CommandLine command = root;
        while (result != null && result.hasSubcommand()) {
            result = result.subcommand();
            command = result.commandSpec().commandLine();
        }
        return command;
    }
}
