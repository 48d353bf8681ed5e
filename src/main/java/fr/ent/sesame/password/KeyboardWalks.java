package fr.ent.sesame.password;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keyboard walks on the layouts French students type on: « azertyuiop », « 1qaz2wsx3edc4rfv »,
 * « qwerty123456 ». A password is a walk when it is made only of runs of at least three neighbouring keys.
 */
final class KeyboardWalks {

    /** Rows from top to bottom; each row sits half a key to the right of the one above. */
    private static final List<List<String>> LAYOUTS = List.of(
            List.of("1234567890", "azertyuiop", "qsdfghjklm", "wxcvbn"),
            List.of("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"),
            List.of("1234567890", "qwertzuiop", "asdfghjkl", "yxcvbnm"));

    private static final Set<String> NEIGHBOURS = new HashSet<>();

    static {
        for (List<String> rows : LAYOUTS) {
            for (int r = 0; r < rows.size(); r++) {
                String row = rows.get(r);
                for (int c = 0; c < row.length(); c++) {
                    neighbours(row.charAt(c), row, c - 1);
                    neighbours(row.charAt(c), row, c + 1);
                    if (r + 1 < rows.size()) {
                        String below = rows.get(r + 1);
                        neighbours(row.charAt(c), below, c);
                        neighbours(row.charAt(c), below, c - 1);
                    }
                }
            }
        }
    }

    private KeyboardWalks() {}

    private static void neighbours(char key, String row, int column) {
        if (column >= 0 && column < row.length()) {
            NEIGHBOURS.add("" + key + row.charAt(column));
            NEIGHBOURS.add("" + row.charAt(column) + key);
        }
    }

    static boolean isWalk(String folded) {
        String keys = folded.replaceAll("[^\\p{L}\\p{N}]+$", "");
        if (keys.length() < 6) {
            return false;
        }
        int run = 1;
        for (int i = 1; i < keys.length(); i++) {
            if (NEIGHBOURS.contains(keys.substring(i - 1, i + 1))) {
                run++;
            } else {
                if (run < 3) {
                    return false;
                }
                run = 1;
            }
        }
        return run >= 3;
    }
}
