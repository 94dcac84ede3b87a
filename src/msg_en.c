/*
 * msg_en.c - every word fundplan says, in English: the reference; the other languages follow its
 * entries. One entry per enum fp_msg (msgid.h): {the text, the memo reader's text for findings}.
 * Placeholders {1} ... are figures, written the English way by msg.c. Glossary: docs/glossary.md.
 * SPDX-License-Identifier: MIT
 */
#include "msg.h"

const struct fp_msg_text fp_msg_en[FP_MSG_COUNT] = {

    /* ---- severities */
    [FP_M_SEV_NOTE] = {"note", NULL},
    [FP_M_SEV_WARNING] = {"warning", NULL},
    [FP_M_SEV_ERROR] = {"error", NULL},
    [FP_M_SEVD_NOTE] = {"Note", NULL},
    [FP_M_SEVD_WARNING] = {"Warning", NULL},
    [FP_M_SEVD_ERROR] = {"Error", NULL},
    [FP_M_MORE_E1] = {"1 more error not shown", NULL},
    [FP_M_MORE_E] = {"{1} more errors not shown", NULL},
    [FP_M_MORE_W1] = {"1 more warning not shown", NULL},
    [FP_M_MORE_W] = {"{2} more warnings not shown", NULL},
    [FP_M_MORE_E1_W1] = {"1 more error and 1 more warning not shown", NULL},
    [FP_M_MORE_E1_W] = {"1 more error and {2} more warnings not shown", NULL},
    [FP_M_MORE_E_W1] = {"{1} more errors and 1 more warning not shown", NULL},
    [FP_M_MORE_E_W] = {"{1} more errors and {2} more warnings not shown", NULL},

    /* ---- cost categories (enum fp_cost order) */
    [FP_M_COST_STAFF] = {"Staff costs", NULL},
    [FP_M_COST_FLAT_RATE] = {"Flat rate", NULL},
    [FP_M_COST_PURCHASED] = {"Purchased services", NULL},
    [FP_M_COST_TRAVEL] = {"Travel costs", NULL},
    [FP_M_COST_EQUIPMENT] = {"Machinery and equipment", NULL},
    [FP_M_COST_CONSTRUCTION] = {"Construction", NULL},
    [FP_M_COST_OTHER] = {"Other costs", NULL},
    [FP_M_COST_IN_KIND] = {"In-kind work", NULL},
    [FP_M_COST_LUMP_SUM] = {"Lump sum", NULL},

    /* ---- financing sources (enum fp_source order) */
    [FP_M_SRC_AIKO] = {"AIKO funding", NULL},
    [FP_M_SRC_AKKE] = {"AKKE funding", NULL},
    [FP_M_SRC_EAKR] = {"ERDF and state funding", NULL},
    [FP_M_SRC_MUNICIPAL] = {"Municipal funding", NULL},
    [FP_M_SRC_OTHER_PUBLIC] = {"Other public funding", NULL},
    [FP_M_SRC_PRIVATE] = {"Private funding", NULL},
    [FP_M_SRC_IN_KIND] = {"In-kind work", NULL},

    /* ---- a source as the object of "grants ... X" (enum fp_source order): Finnish needs the
       partitive */
    [FP_M_GRANT_AIKO] = {"AIKO funding", NULL},
    [FP_M_GRANT_AKKE] = {"AKKE funding", NULL},
    [FP_M_GRANT_EAKR] = {"ERDF and state funding", NULL},
    [FP_M_GRANT_MUNICIPAL] = {"municipal funding", NULL},
    [FP_M_GRANT_OTHER_PUBLIC] = {"other public funding", NULL},
    [FP_M_GRANT_PRIVATE] = {"private funding", NULL},
    [FP_M_GRANT_IN_KIND] = {"in-kind work", NULL},

    /* ---- report labels (enum fp_text order) */
    [FP_M_T_COST_ESTIMATE] = {"Cost estimate", NULL},
    [FP_M_T_FINANCING_PLAN] = {"Financing plan", NULL},
    [FP_M_T_TOTAL_COSTS] = {"Total costs", NULL},
    [FP_M_T_INCOME] = {"Less: income", NULL},
    [FP_M_T_NET_COSTS] = {"Net costs to be financed", NULL},
    [FP_M_T_TOTAL_FINANCING] = {"Total financing", NULL},
    [FP_M_T_SUPPORT] = {"Support", NULL},
    [FP_M_T_SUPPORT_RATE] = {"Support rate", NULL},
    [FP_M_T_MAX_RATE] = {"Maximum support rate", NULL},
    [FP_M_T_PUBLIC_SHARE] = {"Share of public funding", NULL},
    [FP_M_T_SHARE] = {"Share", NULL},
    [FP_M_T_AMOUNT] = {"Euros", NULL},
    [FP_M_T_TOTAL] = {"Total", NULL},
    [FP_M_T_YEAR] = {"Year", NULL},
    [FP_M_T_PROJECT] = {"Project", NULL},
    [FP_M_T_CASE_ID] = {"Case number", NULL},
    [FP_M_T_APPLICANT] = {"Applicant", NULL},
    [FP_M_T_PARTNERS] = {"Partners", NULL},
    [FP_M_T_FUNDER] = {"Funder", NULL},
    [FP_M_T_INSTRUMENT] = {"Funding instrument", NULL},
    [FP_M_T_PERIOD] = {"Implementation period", NULL},
    [FP_M_T_MONTHS] = {"months", NULL},
    [FP_M_T_SUMMARY] = {"Summary", NULL},
    [FP_M_T_GOALS] = {"Objectives", NULL},
    [FP_M_T_ACTIONS] = {"Actions", NULL},
    [FP_M_T_PREPARER] = {"Prepared by", NULL},
    [FP_M_T_FINDINGS] = {"Findings", NULL},
    [FP_M_T_ERROR] = {"error", NULL},
    [FP_M_T_WARNING] = {"warning", NULL},
    [FP_M_T_LINE] = {"line", NULL},
    [FP_M_T_BALANCE] = {"Financing less net costs", NULL},
    [FP_M_T_PROGRAMME] = {"Programme period", NULL},
    [FP_M_T_PRIORITY] = {"Priority", NULL},
    [FP_M_T_OBJECTIVE] = {"Specific objective", NULL},
    [FP_M_T_APPLICATION] = {"Application number", NULL},
    [FP_M_T_TARGET_AREA] = {"Target area", NULL},
    [FP_M_T_REGION] = {"Region", NULL},
    [FP_M_T_PRESENTER] = {"Presented by", NULL},
    [FP_M_T_ASSESSMENT] = {"Funder's assessment", NULL},
    [FP_M_T_COST_MODEL] = {"Cost model", NULL},
    [FP_M_T_PROJECT_TYPE] = {"Project type", NULL},
    [FP_M_T_CALL] = {"Call for applications", NULL},
    [FP_M_T_EU_PART] = {"of which EU funding", NULL},
    [FP_M_T_STATE_PART] = {"of which state funding", NULL},
    [FP_M_T_MAX_SUPPORT] = {"Largest allowed support", NULL},
    [FP_M_T_DEVELOPMENT] = {"development project", NULL},
    [FP_M_T_INVESTMENT] = {"investment project", NULL},
    [FP_M_T_MODEL_ACTUAL] = {"actual costs", NULL},
    [FP_M_T_MODEL_FLAT] = {"flat rate", NULL},
    [FP_M_T_MODEL_LUMP] = {"lump sum", NULL},
    [FP_M_T_OF_STAFF] = {"of staff costs", NULL},
    [FP_M_T_OF_DIRECT] = {"of direct costs", NULL},

    /* ---- instruments */
    [FP_M_INSTR_AIKO] = {"AIKO – regional innovations and experiments", NULL},
    [FP_M_INSTR_AKKE] = {"AKKE – supporting sustainable growth and vitality of regions", NULL},
    [FP_M_INSTR_EAKR] = {"ERDF – European Regional Development Fund and the state's co-funding",
                         NULL},

    /* ---- kinds of file, as the subject of a sentence */
    [FP_M_WHAT_PLAN] = {"plan", NULL},
    [FP_M_WHAT_CALL] = {"call file", NULL},
    [FP_M_FILE_UTF16] = {"UTF-16 text", NULL},
    [FP_M_FILE_ZIP] = {"a ZIP archive (an .xlsx, .docx or .odt document?)", NULL},
    [FP_M_FILE_PDF] = {"a PDF document", NULL},
    [FP_M_FILE_OLE] = {"an old Office document (.xls or .doc)", NULL},
    [FP_M_FILE_RTF] = {"an RTF document", NULL},

    /* ---- terms used inside sentences */
    [FP_M_TERM_NET_COSTS] = {"net costs", NULL},
    [FP_M_TERM_TOTAL_COSTS] = {"total costs", NULL},
    [FP_M_TERM_STAFF_COSTS] = {"staff costs", NULL},
    [FP_M_TERM_DIRECT_COSTS] = {"direct costs", NULL},
    [FP_M_TERM_OF_FINANCING] = {"of total financing", NULL},
    [FP_M_TERM_OF_TOTAL_COSTS] = {"of total costs", NULL},
    [FP_M_TERM_PLAN_RULES] = {"the plan's [rules]", NULL},
    [FP_M_TERM_DEFAULT_RULES] = {"the instrument's rules", NULL},

    /* ---- why a value is not accepted */
    [FP_M_WHY_EMPTY] = {"the value is empty", NULL},
    [FP_M_WHY_AMOUNT_MARKS] = {"use spaces between thousands, not points or commas (1 234 567,89)",
                               NULL},
    [FP_M_WHY_AMOUNT_NEGATIVE] = {"negative values are not allowed", NULL},
    [FP_M_WHY_AMOUNT_SIGN] = {"write the number without a sign", NULL},
    [FP_M_WHY_AMOUNT_NOT_DIGIT] = {"it does not start with a digit", NULL},
    [FP_M_WHY_AMOUNT_HEX] = {"hexadecimal numbers are not amounts", NULL},
    [FP_M_WHY_AMOUNT_LEADING_ZERO] = {"a leading zero is not allowed (write 10, not 010)", NULL},
    [FP_M_WHY_AMOUNT_DIGITS] = {"the number has too many digits", NULL},
    [FP_M_WHY_AMOUNT_GROUPING] = {"digits must be grouped by three (1 234 567)", NULL},
    [FP_M_WHY_AMOUNT_DECIMALS] = {"at most two decimals are allowed", NULL},
    [FP_M_WHY_AMOUNT_COMMA_END] = {"a comma must be followed by decimals (1 234,56)", NULL},
    [FP_M_WHY_AMOUNT_POINT_END] = {"a point must be followed by decimals (1234.56)", NULL},
    [FP_M_WHY_AMOUNT_EXPONENT] = {"exponent notation is not allowed", NULL},
    [FP_M_WHY_AMOUNT_CHARS] = {"it has characters that are not part of a number", NULL},
    [FP_M_WHY_AMOUNT_MAX] = {"the largest amount is 999 999 999 999,99", NULL},
    [FP_M_WHY_PERCENT_MAX] = {"a percentage is at most 100 %", NULL},
    [FP_M_WHY_DATE_EMPTY] = {"the date is empty", NULL},
    [FP_M_WHY_DATE_FORM] = {"it is neither year-month-day nor day.month.year", NULL},
    [FP_M_WHY_DATE_YEAR_DIGITS] = {"the year must have four digits", NULL},
    [FP_M_WHY_DATE_YEAR_RANGE] = {"the year must be between 2000 and 2099", NULL},
    [FP_M_WHY_DATE_MONTH] = {"there is no such month", NULL},
    [FP_M_WHY_DATE_DAY] = {"there is no such day in that month", NULL},
    [FP_M_WHY_RULE_CHOICE] = {"it is not one of the words this rule takes", NULL},
    [FP_M_WHY_RULE_MODELS] = {"write cost models separated by commas: actual, flat_rate, lump_sum",
                              NULL},
    [FP_M_WHY_RULE_MONTHS] = {"write a number of months from 1 to 240", NULL},
    [FP_M_WHY_ERRNO] = {"it cannot be read", NULL},
    [FP_M_WHY_FILE_ABSOLUTE] = {"it is an absolute path; name a file in the plan's folder", NULL},
    [FP_M_WHY_FILE_FOLDER_UNREADABLE] = {"the plan's folder cannot be opened", NULL},
    [FP_M_WHY_FILE_DOTDOT] = {"it leaves the plan's folder ('..' is not allowed)", NULL},
    [FP_M_WHY_FILE_SYMLINK] = {"it is a symbolic link, which is not followed", NULL},
    [FP_M_WHY_FILE_NOT_REGULAR] = {"it is not a regular file", NULL},
    [FP_M_WHY_FILE_MISSING] = {"no such file", NULL},
    [FP_M_WHY_FILE_NOT_FOLDER] = {"a part of the path is not a folder", NULL},
    [FP_M_WHY_FILE_IS_FOLDER] = {"it is a folder, not a file", NULL},
    [FP_M_WHY_FILE_TOO_BIG] = {"it is larger than 1 MiB", NULL},
    [FP_M_WHY_FILE_NOT_UTF8] = {"it is not UTF-8 text; save it as UTF-8", NULL},
    [FP_M_WHY_FILE_CONTROLS] = {"it holds control characters; a text is plain UTF-8", NULL},

    /* ---- system errors */
    [FP_M_ERRNO_ENOENT] = {"No such file or directory", NULL},
    [FP_M_ERRNO_EACCES] = {"Permission denied", NULL},
    [FP_M_ERRNO_ENOSPC] = {"No space left on device", NULL},
    [FP_M_ERRNO_EROFS] = {"Read-only file system", NULL},
    [FP_M_ERRNO_EISDIR] = {"Is a directory", NULL},
    [FP_M_ERRNO_ENOTDIR] = {"Not a directory", NULL},
    [FP_M_ERRNO_EEXIST] = {"File exists", NULL},
    [FP_M_ERRNO_ELOOP] = {"Too many levels of symbolic links", NULL},
    [FP_M_ERRNO_EIO] = {"Input/output error", NULL},
    [FP_M_ERRNO_ENOMEM] = {"Cannot allocate memory", NULL},
    [FP_M_ERRNO_EMFILE] = {"Too many open files", NULL},
    [FP_M_ERRNO_LONG] = {"File name too long", NULL},
    [FP_M_SYS_OOM] = {"out of memory", NULL},
    [FP_M_SYS_IS_FOLDER] = {"is a folder; name a plan file (or use 'fundplan build FOLDER')", NULL},
    [FP_M_SYS_NOT_REGULAR] = {"not a regular file", NULL},
    [FP_M_SYS_CANNOT_OPEN] = {"cannot open: {1}", NULL},
    [FP_M_SYS_CANNOT_READ] = {"cannot read: {1}", NULL},
    [FP_M_SYS_TOO_BIG] = {"the file is larger than {1} bytes, the most a plan may be", NULL},
    [FP_M_SYS_TOO_BIG_SIZE] = {"the file is {1} bytes; a plan may be at most {2} bytes", NULL},

    /* ---- finding titles (enum fp_code order) */
    [FP_M_CODE_READ] = {"File cannot be read", NULL},
    [FP_M_CODE_NOT_A_PLAN] = {"Not a funding plan", NULL},
    [FP_M_CODE_ENCODING] = {"Invalid characters", NULL},
    [FP_M_CODE_LINE_TOO_LONG] = {"Entry too long", NULL},
    [FP_M_CODE_SYNTAX] = {"Unreadable entry", NULL},
    [FP_M_CODE_BAD_NAME] = {"Invalid name", NULL},
    [FP_M_CODE_UNKNOWN_KEY] = {"Unknown entry", NULL},
    [FP_M_CODE_UNKNOWN_SECTION] = {"Unknown part", NULL},
    [FP_M_CODE_DUPLICATE_KEY] = {"Entry given twice", NULL},
    [FP_M_CODE_DUPLICATE_SECTION] = {"Part given twice", NULL},
    [FP_M_CODE_COMMENT_IN_VALUE] = {"Text cut short", NULL},
    [FP_M_CODE_MISSING_KEY] = {"Required information missing", NULL},
    [FP_M_CODE_BAD_AMOUNT] = {"Invalid amount", NULL},
    [FP_M_CODE_BAD_PERCENT] = {"Invalid percentage", NULL},
    [FP_M_CODE_BAD_DATE] = {"Invalid date", NULL},
    [FP_M_CODE_BAD_VALUE] = {"Invalid value", NULL},
    [FP_M_CODE_BAD_FILE] = {"Attached text cannot be read", NULL},
    [FP_M_CODE_PLACEHOLDER] = {"Template text left in the plan", NULL},
    [FP_M_CODE_GLYPH_MISSING] = {"Character cannot be printed", NULL},
    [FP_M_CODE_PERIOD_REVERSED] = {"End date before start date", NULL},
    [FP_M_CODE_YEAR_OUTSIDE] = {"Year outside the project period", NULL},
    [FP_M_CODE_PROGRAMME_PERIOD] = {"Programme period and dates disagree", NULL},
    [FP_M_CODE_ELIGIBILITY_END] = {"Ends after the end of eligibility", NULL},
    [FP_M_CODE_INSTRUMENT_PERIOD] = {"Instrument outside its years", NULL},
    [FP_M_CODE_TOTAL_WITH_LINES] = {"Total given together with cost lines", NULL},
    [FP_M_CODE_MIXED_YEARS] = {"Yearly and undivided parts together", NULL},
    [FP_M_CODE_NO_COSTS] = {"No costs to finance", NULL},
    [FP_M_CODE_COST_MODEL] = {"Cost not allowed by the cost model", NULL},
    [FP_M_CODE_FLAT_RATE] = {"Flat rate", NULL},
    [FP_M_CODE_LUMP_SUM_LIMIT] = {"Lump sum above the limit", NULL},
    [FP_M_CODE_INCOME_EXCEEDS] = {"Income exceeds costs", NULL},
    [FP_M_CODE_OVERFLOW] = {"Sum too large", NULL},
    [FP_M_CODE_UNKNOWN_INSTRUMENT] = {"Unknown funding instrument", NULL},
    [FP_M_CODE_FINANCING_MISMATCH] = {"Financing does not match net costs", NULL},
    [FP_M_CODE_YEARLY_BALANCE] = {"A year's financing does not match its net costs", NULL},
    [FP_M_CODE_NO_SUPPORT] = {"No support applied for", NULL},
    [FP_M_CODE_SOURCE_MISMATCH] = {"Funding of another instrument", NULL},
    [FP_M_CODE_SUPPORT_RATE] = {"Support above the maximum", NULL},
    [FP_M_CODE_IN_KIND] = {"In-kind work", NULL},
    [FP_M_CODE_MUNICIPAL_SHARE] = {"Municipal share too low", NULL},
    [FP_M_CODE_OWN_SHARE] = {"Own financing too low", NULL},
    [FP_M_CODE_CALL_LIMIT] = {"Outside the call's limits", NULL},
    [FP_M_CODE_EU_SHARE] = {"EU and state parts do not add up", NULL},
    [FP_M_CODE_REGION] = {"Region not known", NULL},
    [FP_M_CODE_RULES_LOOSENED] = {"The plan's rules loosen the call's", NULL},
    [FP_M_CODE_DECLARED_MISMATCH] = {"Declared figure differs from the computed one", NULL},
    [FP_M_CODE_CHANGE_SUPPORT] = {"Support rises", NULL},
    [FP_M_CODE_CHANGE_MODEL] = {"Cost model changes", NULL},
    [FP_M_CODE_CHANGE_PERIOD] = {"Period extended", NULL},
    [FP_M_CODE_CHANGE_RATE] = {"Support rate rises", NULL},
    [FP_M_CODE_CHANGE_IDENTITY] = {"Project details change", NULL},
    [FP_M_CODE_CHANGE_PARTNERS] = {"Partners change", NULL},
    [FP_M_CODE_CLAIM_PERIOD] = {"Claim period", NULL},
    [FP_M_CODE_CLAIM_ORDER] = {"Claims out of order", NULL},
    [FP_M_CODE_CLAIM_LINE_OVER] = {"Cost line above the approved", NULL},
    [FP_M_CODE_CLAIM_UNUSED] = {"Support left unused", NULL},
    [FP_M_CODE_CLAIM_REPAYMENT] = {"Repayment", NULL},

    /* ---- findings: the preparer's text (en/fi/sv) and the memo reader's (r.en/r.fi/r.sv) */
    [FP_M_F_HEADER_UNCLOSED] = {"section header has no closing ']'",
                                "A heading of the plan file is incomplete."},
    [FP_M_F_HEADER_TEXT_AFTER] = {"text after the section header ']'",
                                  "A heading of the plan file is followed by stray text."},
    [FP_M_F_SECTION_NAME_CHARS] =
        {"section name '{1}' may hold only letters a-z, digits, '_', '.' and '-'",
         "A part of the plan file has a name that cannot be read."},
    [FP_M_F_UNKNOWN_SECTION] =
        {"unknown section [{1}]",
         "The plan file has a part that fundplan does not know; its contents were not read."},
    [FP_M_F_TOO_MANY_SECTIONS] =
        {"more than {1} sections: this is not a funding plan; the rest of the file is not read",
         "The plan file has far more parts than a funding plan; the rest of it was not read."},
    [FP_M_F_DUPLICATE_SECTION] =
        {"section [{1}] appears again (first on line {2}); its keys are merged",
         "A part of the plan file is given twice; the two were read as one."},
    [FP_M_F_TEXT_AFTER_QUOTE] =
        {"text after the closing quote of '{1}' is ignored",
         "Part of a text in the plan was left out because it follows a closing quotation mark."},
    [FP_M_F_COMMENT_CUTS] = {"'{1}' starts a comment: the text of '{2}' ends before it",
                             "A text in the plan may be cut short at a ';' or '#' character."},
    [FP_M_F_KEY_MISSING_BEFORE_EQ] = {"a key is missing before '='",
                                      "The plan file holds a value without a name."},
    [FP_M_F_NOT_KEY_VALUE] = {"line is not 'key = value', a [section] or a comment",
                              "The plan file holds an entry that cannot be read."},
    [FP_M_F_KEY_NAME_CHARS] = {"key name '{1}' may hold only letters a-z, digits, '_', '.' and '-'",
                               "An entry of the plan file has a name that cannot be read."},
    [FP_M_F_KEY_OUTSIDE] = {"key '{1}' is outside any [section]",
                            "An entry of the plan file is outside its parts and was not read."},
    [FP_M_F_QUOTE_UNCLOSED] = {"the quote {1} is never closed",
                               "A quoted text in the plan file is not closed."},
    [FP_M_F_NUL_BYTE] = {"the line holds a NUL byte: the file must be plain text",
                         "The plan file holds characters that are not text."},
    [FP_M_F_NOT_UTF8] =
        {"byte {1} of the line is not UTF-8 (byte {2})",
         "The plan file is not saved in the UTF-8 character set, so some letters cannot be read."},
    [FP_M_F_CONTROL_CHAR] =
        {"byte {1} of the line is a control character ({2}): the file must be plain text",
         "The plan file holds control characters that are not text."},
    [FP_M_F_LINE_TOO_LONG] = {"the line is {1} bytes long; at most {2} are allowed",
                              "The plan file holds an entry too long to be read."},
    [FP_M_F_DUPLICATE_KEY] =
        {"'{1}' is given again (first on line {2}); only this last value counts",
         "An entry of the plan is given twice; the later value was used."},
    [FP_M_F_UNKNOWN_KEY] = {"unknown key '{1}' in [{2}]",
                            "The plan has an entry that fundplan does not know; it was not read."},
    [FP_M_F_UNKNOWN_KEY_STRICT] =
        {"unknown key '{1}' in [{2}]: it would change the money, so it is an error",
         "The plan has an unknown entry among its figures or rules, so its figures cannot be "
         "relied on."},
    [FP_M_F_CANNOT_PREPARE] = {"cannot prepare the plan for reading: {1}",
                               "The plan file could not be read."},
    [FP_M_F_INIPARSER_FAILED] = {"the INI reader could not read the plan",
                                 "The plan file could not be read."},
    [FP_M_F_FILE_IS] = {"the file is {1}; a {2} is a UTF-8 text file",
                        "The plan file is {1}, not a text file."},
    [FP_M_F_EMPTY] = {"the file is empty", "The plan file is empty."},
    [FP_M_F_NO_KEYS] = {"the file has no 'key = value' lines",
                        "The plan file holds no information."},
    [FP_M_F_NOT_A_PLAN] =
        {"this is not a file of fundplan's: none of its sections ([{2}], ...) is there",
         "The file is not a funding plan."},
    [FP_M_F_BAD_AMOUNT] = {"'{1}' is not an amount: {2}",
                           "An amount in the plan ('{1}') cannot be read, so the sums lack it."},
    [FP_M_F_BAD_PERCENT] = {"'{1}' is not a percentage: {2}",
                            "A percentage in the plan ('{1}') cannot be read."},
    [FP_M_F_BAD_DATE] = {"'{1}' is not a date: {2}",
                         "A date in the plan ('{1}') cannot be read: {2}."},
    [FP_M_F_BAD_CHOICE] = {"{1} '{2}' is not one of: {3}",
                           "A setting of the plan ('{2}') has a value fundplan does not know."},
    [FP_M_F_BAD_RULE] = {"{1} '{2}' cannot be read: {3}",
                         "A funding rule of the plan ('{2}') cannot be read."},
    [FP_M_F_BAD_NUMBER] = {"{1} '{2}' is not a whole number",
                           "A number in the plan ('{2}') cannot be read."},
    [FP_M_F_TEXT_AND_FILE] =
        {"both '{1}' (line {2}) and '{3}' are given",
         "A description is given both as text and as a file; the text was used."},
    [FP_M_F_FILE_EMPTY_NAME] = {"'{1}' names no file",
                                "A description file of the plan is not named."},
    [FP_M_F_FILE_UNREADABLE] = {"cannot read '{1}': {2}",
                                "A description file of the plan ('{1}') cannot be read: {2}."},
    [FP_M_F_TOO_MANY_PARTNERS] = {"more than {1} partners",
                                  "The plan names more than {1} partners; the rest were left out."},
    [FP_M_F_NO_SECTION] = {"the file has no [{1}] section",
                           "A required part of the plan is missing."},
    [FP_M_F_KEY_EMPTY] = {"'{1}' is empty", "Required information of the plan is empty."},
    [FP_M_F_SECTION_LACKS] = {"[{1}] has no '{2}'", "Required information of the plan is missing."},
    [FP_M_F_TOO_MANY_YEARS] = {"more than {1} years: a plan covers at most {1} calendar years",
                               "The plan has more than {1} years; the rest were not read."},
    [FP_M_F_MIXED_YEARS] = {"[{1}] and [{1}.YYYY] sections are both given (lines {2} and {3})",
                            "The plan gives the same figures both by year and undivided; only the "
                            "undivided ones were counted."},
    [FP_M_F_RULES_LOOSENED] =
        {"{1} = {2} loosens the call's {3} ({4}:{5}): a plan may only tighten its call's rules",
         "The plan's own rules loosen the call's ({3}); the call's rule applies."},
    [FP_M_F_RULES_CHANGED] =
        {"{1} = {2} differs from the call's {3} ({4}:{5}): the call fixes it",
         "The plan's own rules change a rule the call sets ({3}); the call's rule applies."},
    [FP_M_F_UNKNOWN_INSTRUMENT] =
        {"unknown instrument '{1}'",
         "The funding instrument '{1}' is not known, so no maximum support rate can be checked."},
    [FP_M_F_REGION_MISSING] =
        {"the plan names no region: the EU part of the support is taken as {1} of public "
         "financing, the rate outside Helsinki-Uusimaa",
         "The plan does not name its region; the EU part of the support is shown at {1} of public "
         "financing, the rate outside Helsinki-Uusimaa."},
    [FP_M_F_REGION_UNKNOWN] = {"unknown region '{1}': the EU part is taken as {2}",
                               "The region '{1}' is not known; the EU part of the support is shown "
                               "at {2} of public financing."},
    [FP_M_F_OVERFLOW] =
        {"the amounts add up to more than fundplan can hold (about 92 000 000 000 000 000 €)",
         "The plan's amounts are too large to be added up."},
    [FP_M_F_MODEL_DIFFERS] = {"cost_model = {1} differs from {2} on line {3}: the cost model is "
                              "fixed for the whole project",
                              "The plan uses different cost models in different years; the cost "
                              "model is fixed for the whole project."},
    [FP_M_F_MODEL_WITHOUT_LINE] =
        {"cost_model = {1}, but no {2} line is given",
         "The plan states a cost model its cost estimate does not follow."},
    [FP_M_F_MODEL_CONTRADICTED] =
        {"cost_model = {1}, but {2} is given (line {3})",
         "The plan states a cost model its cost estimate does not follow."},
    [FP_M_F_MODEL_NOT_ALLOWED] = {"the cost model {1} is not allowed: {3} allows only {2}",
                                  "The plan's cost model is not one the call allows ({2})."},
    [FP_M_F_FLAT_ZERO_BASE] = {"the flat rate {1} is a share of {2}, which are 0 €",
                               "The flat rate of {1} has nothing to be computed on."},
    [FP_M_F_FLAT_40_IN_2014] =
        {"the 40% flat rate belongs to the 2021–2027 programme; 2014–2020 plans use 24% or 15%",
         "The plan uses the 40% flat rate of the 2021–2027 programme in a 2014–2020 project."},
    [FP_M_F_FLAT_UNUSUAL] = {"the flat rate {1} is not one of the {2} programme's rates",
                             "The flat rate of {1} is not one the {2} programme uses."},
    [FP_M_F_FLAT_ESF] = {"{1} is the ESF's flat rate; ERDF projects of 2014–2020 use 24% or 15%",
                         "The flat rate of {1} is the European Social Fund's rate."},
    [FP_M_F_FLAT_COVERS_TRAVEL] =
        {"the {1} flat rate already covers staff travel: travel costs of {2} are counted twice",
         "The {1} flat rate already covers staff travel, yet travel costs of {2} are also in the "
         "cost estimate."},
    [FP_M_F_FLAT_COVERS] =
        {"the {1} flat rate covers every cost besides staff: {4} = {3} cannot be claimed as well",
         "The {1} flat rate covers every cost besides staff costs, so “{2}” ({3}) cannot be "
         "claimed as well."},
    [FP_M_F_LUMP_WITH_LINE] =
        {"a lump-sum plan has no other cost lines: {3} = {2} (the detailed budget behind a lump "
         "sum is not added to it)",
         "A lump-sum project claims no other costs, yet “{1}” ({2}) is added to the lump sum."},
    [FP_M_F_LUMP_WITH_FLAT] = {"a lump-sum plan has no flat rate",
                               "A lump-sum project has no flat rate, yet the plan gives one."},
    [FP_M_F_TOTAL_WITH_LINES] =
        {"'total' is given together with cost lines (line {1})",
         "The cost estimate gives both a total and a breakdown; the total was used."},
    [FP_M_F_INCOME_EXCEEDS] = {"income {1} is more than total costs {2}",
                               "The project's income ({1}) is more than its total costs ({2})."},
    [FP_M_F_NO_COSTS] = {"total costs are 0 €: there is nothing to finance",
                         "The cost estimate has no costs."},
    [FP_M_F_FINANCING_TOO_MUCH] =
        {"financing {1} does not cover net costs {2} exactly: {3} too much",
         "The financing ({1}) is {3} more than the net costs to be financed ({2})."},
    [FP_M_F_FINANCING_TOO_LITTLE] =
        {"financing {1} does not cover net costs {2} exactly: {3} too little",
         "The financing ({1}) falls {3} short of the net costs to be financed ({2})."},
    [FP_M_F_YEAR_TOO_MUCH] =
        {"in {1} financing {2} is {4} more than the year's net costs {3}",
         "In {1} the financing ({2}) is {4} more than the year's net costs ({3})."},
    [FP_M_F_YEAR_TOO_LITTLE] =
        {"in {1} financing {2} is {4} less than the year's net costs {3}",
         "In {1} the financing ({2}) is {4} less than the year's net costs ({3})."},
    [FP_M_F_NO_SUPPORT] = {"the {1} support line '{2}' is 0 €: there is no support to decide on",
                           "The plan applies for no {1} support."},
    [FP_M_F_SUPPORT_ABOVE_RATE] =
        {"support {1} is {2} of {3} {4}; {5} allows at most {6}, i.e. {7}",
         "The support applied for ({1}) is {2} of the project's {3}; the maximum is {6}, i.e. "
         "{7}."},
    [FP_M_F_SUPPORT_ABOVE_RATES] =
        {"support {1} is above the largest allowed {2}: at most {3} of the other costs {4} plus "
         "{5} of the investment costs {6}",
         "The support applied for ({1}) is above the largest allowed, {2}: at most {3} of the "
         "other costs ({4}) and {5} of the investment costs ({6})."},
    [FP_M_F_SUPPORT_ABOVE_MAX] = {"support {1} is above the maximum {2} ({3})",
                                  "The support applied for ({1}) is above the maximum of {2}."},
    [FP_M_F_SUPPORT_BELOW_MIN] = {"support {1} is below the minimum {2} ({3})",
                                  "The support applied for ({1}) is below the minimum of {2}."},
    [FP_M_F_IN_KIND_UNMATCHED] =
        {"in-kind work is {1} in the costs but {2} in the financing: the two must be equal",
         "In-kind work is {1} in the cost estimate but {2} in the financing plan."},
    [FP_M_F_IN_KIND_PUBLIC] = {"public financing {1} is above total costs less in-kind work, {2}: "
                               "public money may not pay for in-kind work ({3})",
                               "Public financing ({1}) is more than the total costs less in-kind "
                               "work ({2}); public money may not pay for in-kind work."},
    [FP_M_F_SOURCE_MISMATCH] =
        {"{4} = {3} is another instrument's support line; this plan's instrument is {1}",
         "The financing plan of this {1} project holds another instrument's funding: {2}, {3}."},
    [FP_M_F_MUNICIPAL_LOW] = {"municipal financing {1} is {2} {3}; at least {4} is required ({5})",
                              "Municipal funding ({1}) is {2} {3}; at least {4} is required."},
    [FP_M_F_OWN_LOW] = {"own financing (municipal, other public, private and in-kind) {1} is {2} "
                        "{3}; at least {4} is required ({5})",
                        "Own financing ({1}) is {2} {3}; at least {4} is required."},
    [FP_M_F_COSTS_ABOVE_MAX] =
        {"total costs {1} are above the maximum {2} ({3})",
         "The project's total costs ({1}) are above the call's maximum of {2}."},
    [FP_M_F_LUMP_SUM_LIMIT] = {"the lump sum {1} is above {2}, the limit for lump-sum projects",
                               "The lump sum ({1}) is above {2}, the limit for lump-sum projects."},
    [FP_M_F_STATE_NEGATIVE] =
        {"the EU part {1} ({2} of {3}) is more than the support line {4}: the state part would be "
         "negative",
         "The EU part of the support ({1}) would be more than the whole support ({4})."},
    [FP_M_F_PERIOD_REVERSED] = {"the project ends ({1}) before it starts ({2})",
                                "The project ends ({1}) before it starts ({2})."},
    [FP_M_F_YEAR_OUTSIDE] = {"year {1} is outside the project period {2}–{3}",
                             "The plan has figures for {1}, outside the project period."},
    [FP_M_F_PROGRAMME_DATES] =
        {"programme = {1}, but the project starts {2}, outside that period",
         "The project is said to belong to the {1} programme but starts {2}, outside it."},
    [FP_M_F_AFTER_ELIGIBILITY] = {"the project ends {1}, after {2}, the last day on which the {3} "
                                  "programme's EU money may pay costs",
                                  "The project ends {1}, after {2}, the last day on which EU money "
                                  "of the {3} programme may pay costs."},
    [FP_M_F_INSTRUMENT_ENDED] = {"{1} calls ran {2}–{3}; national money granted later is AKKE, "
                                 "under the rules of 757/2021 and 867/2021",
                                 "{1} calls ran in {2}–{3}; national development money granted "
                                 "later is AKKE funding under the 2021 rules."},
    [FP_M_F_INSTRUMENT_NOT_YET] =
        {"{1} money was first granted in {2}",
         "{1} funding was first granted in {2}, after the project's start."},
    [FP_M_F_STARTS_TOO_EARLY] =
        {"the project starts {1}, before {2} ({3})",
         "The project starts {1}, before {2}, the earliest start the call allows."},
    [FP_M_F_ENDS_TOO_LATE] = {"the project ends {1}, after {2} ({3})",
                              "The project ends {1}, after {2}, the latest end the call allows."},
    [FP_M_F_TOO_LONG] = {"the project lasts {1} months, more than {2} ({3})",
                         "The project lasts {1} months; the call allows at most {2}."},
    [FP_M_F_DECLARED_TOTAL_COSTS] = {"declared total costs {1} differ from the computed {2}",
                                     "The total costs stated in the plan ({1}) differ from those "
                                     "computed from the cost estimate ({2})."},
    [FP_M_F_DECLARED_NET_COSTS] = {"declared net costs {1} differ from the computed {2}",
                                   "The net costs stated in the plan ({1}) differ from those "
                                   "computed from the cost estimate ({2})."},
    [FP_M_F_DECLARED_FINANCING] = {"declared total financing {1} differs from the computed {2}",
                                   "The total financing stated in the plan ({1}) differs from the "
                                   "sum of the financing plan ({2})."},
    [FP_M_F_DECLARED_SUPPORT] =
        {"declared support {1} differs from the computed {2}",
         "The support stated in the plan ({1}) differs from the financing plan's ({2})."},
    [FP_M_F_DECLARED_RATE] =
        {"declared support rate {1} differs from the computed {2}",
         "The support rate stated in the plan ({1}) differs from the computed rate ({2})."},

    /* ---- notes: the fix, for the preparer (their own arguments) */
    [FP_M_N_HEADER_FORM] = {"write it as [costs]", NULL},
    [FP_M_N_DID_YOU_MEAN_SECTION] = {"did you mean [{1}]?", NULL},
    [FP_M_N_DID_YOU_MEAN] = {"did you mean '{1}'?", NULL},
    [FP_M_N_QUOTE_WHOLE] = {"quote the whole value, or start a comment with ';'", NULL},
    [FP_M_N_QUOTE_VALUE] = {"put the whole value in double quotes: {1} = \"...\"", NULL},
    [FP_M_N_COMMENTS] = {"comments start with ';' or '#'", NULL},
    [FP_M_N_KEY_OUTSIDE] = {"put it under the section it belongs to, e.g. [project]", NULL},
    [FP_M_N_QUOTE_CLOSE] = {"end the value with the same quote on the same line", NULL},
    [FP_M_N_SAVE_UTF8] = {"save the file as UTF-8", NULL},
    [FP_M_N_SAVE_UTF8_NOTEPAD] = {"save it as UTF-8 (in Notepad: Save as, Encoding UTF-8)", NULL},
    [FP_M_N_LONG_TEXT_FILE] = {"move long texts to a file beside the plan: goals_file = goals.txt",
                               NULL},
    [FP_M_N_DELETE_LINE] = {"delete the line you do not mean", NULL},
    [FP_M_N_START_TEMPLATE] = {"start from a template: fundplan new plan.ini", NULL},
    [FP_M_N_AMOUNT_FORM] = {"write amounts like 40 000 or 1 234,50 (euros)", NULL},
    [FP_M_N_PERCENT_FORM] = {"write percentages like 70 % or 24,5 % (0 to 100)", NULL},
    [FP_M_N_DATE_FORM] = {"write dates as 2025-05-01 or 1.5.2025", NULL},
    [FP_M_N_KEEP_ONE] = {"keep one of them", NULL},
    [FP_M_N_ADD_PROJECT] = {"add [project] with name, applicant, funder, instrument, start and end",
                            NULL},
    [FP_M_N_ADD_LINE] = {"add a line: {1} = {2}", NULL},
    [FP_M_N_MIXED_YEARS] = {"give either one [{1}] or one [{1}.YYYY] per year", NULL},
    [FP_M_N_ADD_COSTS] = {"add [costs] with staff = ..., or [costs.YYYY] per year", NULL},
    [FP_M_N_ADD_FINANCING] = {"add [financing] with the instrument's line, e.g. aiko = ...", NULL},
    [FP_M_N_INSTRUMENT_DEFINE] = {"write AIKO, AKKE or EAKR, or define it in [rules] with "
                                  "max_support_rate and support_source",
                                  NULL},
    [FP_M_N_REGION_ADD] = {"add the project's region (maakunta), e.g. region = Pohjois-Savo", NULL},
    [FP_M_N_FLAT_RATES] = {"its rates are {1}", NULL},
    [FP_M_N_FLAT_COVERS] = {"delete {1}: the flat rate covers it", NULL},
    [FP_M_N_LUMP_ALONE] = {"give the lump sum alone, or use another cost model", NULL},
    [FP_M_N_TOTAL_ALONE] = {"give 'total' only when no breakdown is known; else delete it", NULL},
    [FP_M_N_NO_COSTS] = {"give the cost lines, e.g. staff = 40 000", NULL},
    [FP_M_N_FINANCING_SUM] =
        {"the financing lines must add up to total costs − income, to the cent", NULL},
    [FP_M_N_YEAR_BALANCE] = {"each year's financing should cover that year's net costs; move the "
                             "difference between the years",
                             NULL},
    [FP_M_N_LOWER_SUPPORT] =
        {"lower {1} to {2} or less and raise the other financing by the difference", NULL},
    [FP_M_N_MOVE_SOURCE] = {"move it to the '{1}' line, or check the instrument", NULL},
    [FP_M_N_FIGURES_GIVE] = {"the figures give {1} = {2}", NULL},

    /* ---- the terminal summary */
    [FP_M_SUM_E_W] = {"{1} errors, {2} warnings", NULL},
    [FP_M_SUM_E1_W] = {"1 error, {2} warnings", NULL},
    [FP_M_SUM_E_W1] = {"{1} errors, 1 warning", NULL},
    [FP_M_SUM_E1_W1] = {"1 error, 1 warning", NULL},

    /* ---- usage errors */
    [FP_M_U_BAD_DATE] = {"--date '{1}': {2}", NULL},
    [FP_M_U_BAD_LANG] = {"--lang takes fi, sv or en, not '{1}'", NULL},

    /* ---- the memo's glyph check */
    [FP_M_F_GLYPH_MISSING] =
        {"{1}: the memo's font has no letter {2} '{3}'",
         "A text of the plan holds a letter ('{3}') that the memo cannot print."},
    [FP_M_F_TEXT_NOT_UTF8] = {"{1}: not valid UTF-8", "A text of the plan is not valid UTF-8."},

    /* ---- the decision memo */
    [FP_M_MEMO_DOCTYPE] = {"MEMORANDUM", NULL},
    [FP_M_MEMO_DRAFT] = {"DRAFT", NULL},
    [FP_M_MEMO_CASE] = {"Ref.", NULL},
    [FP_M_MEMO_PAGE] = {"{1} ({2})", NULL},
    [FP_M_MEMO_DRAFT_ONE] = {"The plan has 1 error. This memo is a draft and cannot be put forward "
                             "for decision until the error is corrected (see {2}).",
                             NULL},
    [FP_M_MEMO_DRAFT_MANY] = {"The plan has {1} errors. This memo is a draft and cannot be put "
                              "forward for decision until they are corrected (see {2}).",
                              NULL},
    [FP_M_MEMO_DESCRIPTION] = {"Project description", NULL},
    [FP_M_MEMO_CHART] = {"Financing shares", NULL},
    [FP_M_MEMO_RATE] = {"The support rate is {1} of the project's {2}. The instrument's maximum "
                        "support rate is {3}.",
                        NULL},
    [FP_M_MEMO_CAP] = {"The largest support the rules allow is {1}.", NULL},
    [FP_M_MEMO_CAP_PARTS] = {"The support may be at most {1} of the other costs ({2}) and {3} of "
                             "the investment costs ({4}), i.e. at most {5}.",
                             NULL},
    [FP_M_MEMO_BASE_TOTAL] = {"total costs", NULL},
    [FP_M_MEMO_BASE_NET] = {"net costs", NULL},
    [FP_M_MEMO_PROPOSAL_HEAD] = {"Proposal for decision", NULL},
    [FP_M_MEMO_PROPOSAL] = {"{1} grants the project “{2}” (applicant: {3}) {4} of at most {5}, and "
                            "no more than {6} of the project's eligible {7}.",
                            NULL},
    [FP_M_MEMO_CAPPED] =
        {"The support applied for, {1}, is above the largest the rules allow; the proposal is {2}.",
         NULL},
    [FP_M_MEMO_NO_PROPOSAL] = {"No proposal for decision can be made: the plan has errors that "
                               "must be corrected first (see {2}).",
                               NULL},
    [FP_M_MEMO_EU_SPLIT] = {"Of the support, the EU's part is {1} and the state's part {2}.", NULL},
    [FP_M_MEMO_NO_FINDINGS] =
        {"No errors or warnings were found: the costs, the financing and the support rate agree.",
         NULL},
    [FP_M_MEMO_MORE_FINDINGS] = {"{1} further findings are not listed here.", NULL},
    [FP_M_MEMO_PHONE] = {"tel.", NULL},
    [FP_M_MEMO_MONTH_ONE] = {"month", NULL},
    [FP_M_MEMO_SUBJECT] = {"Funding decision memo", NULL},
    [FP_M_MEMO_PROGRAMME_2014] = {"Sustainable growth and jobs 2014–2020", NULL},
    [FP_M_MEMO_PROGRAMME_2021] = {"Innovation and Skills in Finland 2021–2027", NULL},

    /* ---- the plan's own call */
    [FP_M_F_CALL_HAS_ERRORS] =
        {"the call file '{1}' has errors (listed above): the plan cannot pass until they are "
         "fixed",
         "The file of the call the plan answers has errors, which must be corrected before a "
         "decision."},

    /* ---- rules found in review */
    [FP_M_F_FLAT_NOT_INVESTMENT] =
        {"the {1} flat rate is for development projects; an investment project uses 1.5%",
         "The {1} flat rate is meant for development projects, but this is an investment project."},
    [FP_M_F_FLAT_ONLY_INVESTMENT] =
        {"the {1} flat rate is for investment projects; write type = investment, or use a "
         "development project's rate",
         "The {1} flat rate is meant for investment projects, but this is a development project."},
    [FP_M_F_FLAT_YEAR_WITHOUT] = {"year {1} has staff costs but no flat rate: the project's {2} "
                                  "(line {3}) is not added for it",
                                  "The flat rate of {2} is not applied to the staff costs of {1}."},
    [FP_M_F_PROGRAMME_UNKNOWN] =
        {"the project starts {1}, outside the programme periods fundplan knows (2014–2020, "
         "2021–2027): the rules of 2021–2027 are applied",
         "The project starts {1}, outside the programme periods 2014–2020 and 2021–2027; it was "
         "checked by the rules of 2021–2027."},
    [FP_M_F_REGION_ALAND] = {"'{1}' is not in the mainland programme (Åland has an ERDF programme "
                             "of its own): the EU part is taken as {2}",
                             "Åland is not in the mainland programme; the EU part of the support "
                             "is shown at {2} of public financing."},

    /* ---- library failures of the memo */
    [FP_M_SYS_FONT_SUBSET] = {"libharu could not embed the font subset", NULL},

    /* ---- PDF writer failures (pdf.c): the step that failed, then what happened */
    [FP_M_PDF_STEP_PDF] = {"PDF", NULL},
    [FP_M_PDF_STEP_PAGE] = {"adding a page", NULL},
    [FP_M_PDF_STEP_GLYPH_MAP] = {"compressing the font's glyph map", NULL},
    [FP_M_PDF_STEP_DRAW] = {"drawing", NULL},
    [FP_M_PDF_STEP_TEXT] = {"drawing text", NULL},
    [FP_M_PDF_STEP_EMBED] = {"embedding the font", NULL},
    [FP_M_PDF_STEP_UTF8] = {"enabling UTF-8", NULL},
    [FP_M_PDF_STEP_LOAD_FONT] = {"loading the font", NULL},
    [FP_M_PDF_STEP_SAVE] = {"saving", NULL},
    [FP_M_PDF_STEP_TOUNICODE] = {"writing the ToUnicode map", NULL},
    [FP_M_PDF_STEP_ID] = {"writing the document ID", NULL},
    [FP_M_PDF_STEP_COMPRESSION] = {"setting compression", NULL},
    [FP_M_PDF_STEP_COLOUR] = {"setting a colour", NULL},
    [FP_M_PDF_STEP_DATES] = {"setting the dates", NULL},
    [FP_M_PDF_STEP_INFO] = {"setting the document info", NULL},
    [FP_M_PDF_FAIL_OOM] = {"{1}: out of memory", NULL},
    [FP_M_PDF_FAIL_IO] = {"{1}: {2}", NULL},
    [FP_M_PDF_FAIL_FONT] = {"{1}: the font file is not a usable TrueType font (libharu error {2})",
                            NULL},
    [FP_M_PDF_FAIL_OTHER] = {"{1}: libharu error {2} (detail {3})", NULL},
    [FP_M_PDF_FAIL_CREATE] = {"cannot create the PDF document: out of memory", NULL},
    [FP_M_SYS_FONT_UNREADABLE] = {"cannot read font {1}: {2} (FUNDPLAN_FONTDIR is set)", NULL},
    [FP_M_SYS_FONT_MISSING] = {"cannot find font {1} (looked beside the program and in {2}); build "
                               "it with make, or set FUNDPLAN_FONTDIR",
                               NULL},

    /* ---- build failures and progress (build.c) */
    [FP_M_SYS_CANNOT_READ_FOLDER] = {"cannot read the folder: {1}", NULL},
    [FP_M_BUILD_CRASHED] = {"building it crashed (signal {1}); other plans go on", NULL},
    [FP_M_BUILD_STOPPED] = {"building it stopped unexpectedly", NULL},
    [FP_M_BUILD_NO_WORKER] = {"cannot start a worker: {1}", NULL},
    [FP_M_BUILD_POLL] = {"waiting for the workers failed: {1}", NULL},
    [FP_M_BUILD_NOT_BUILT] = {"not built: no worker process could take it", NULL},
    [FP_M_BUILD_RENAMED] =
        {"its outputs are named {1}.*: another plan or the portfolio has the name {2}", NULL},
    [FP_M_BUILD_PROGRESS] = {"{1}/{2} plans, {3} with errors, {4} plans/s, {5} s left", NULL},

    /* ---- a fundplan file of another kind than the command reads (ini.c) */
    [FP_M_F_FILE_IS_OTHER] = {"this is a {1} (it has [{2}] and no [{3}])",
                              "The file is not a funding plan."},
    [FP_M_N_USE_PLAN] = {"a plan is checked with 'fundplan check PLAN', and is the decision (the "
                         "first file) of 'fundplan claim'",
                         NULL},
    [FP_M_N_USE_CALL] = {"give a call file with --call FILE, or name it in the plan: call = FILE",
                         NULL},
    [FP_M_N_USE_CLAIM] = {"payment claims are checked with 'fundplan claim DECISION CLAIM...'",
                          NULL},
    [FP_M_BUILD_SKIPPED] = {"not built: it is a {1}, not a plan", NULL},
    [FP_M_BUILD_ONLY_OTHERS] = {"none of the files is a plan (call files and claims are not built)",
                                NULL},

    /* ---- the plan workbook (book_xlsx.c); sheet names: 31 characters at most, no : / ? * [ ] or
       backslash */
    [FP_M_BOOK_SHEET_SUMMARY] = {"Summary", NULL},
    [FP_M_BOOK_SHEET_FINDINGS] = {"Findings", NULL},
    [FP_M_BOOK_SEVERITY] = {"Severity", NULL},
    [FP_M_BOOK_FINDING] = {"Finding", NULL},
    [FP_M_BOOK_EXPLANATION] = {"Explanation", NULL},
    [FP_M_BOOK_NO_FINDINGS] = {"No errors or warnings.", NULL},
    [FP_M_BOOK_BASE_TOTAL] = {"Support base: total costs", NULL},
    [FP_M_BOOK_BASE_NET] = {"Support base: net costs to be financed", NULL},
    [FP_M_BOOK_INVESTMENT_BASE] = {"of which investment costs", NULL},
    [FP_M_BOOK_INVESTMENT_RATE] = {"Maximum support rate for investments", NULL},
    [FP_M_BOOK_CALL_MAX] = {"Maximum support under the call", NULL},
    [FP_M_BOOK_RATE_CAP] = {"Support allowed by the maximum rate", NULL},
    [FP_M_BOOK_EU_SHARE_PUBLIC] = {"EU share of public funding", NULL},
    [FP_M_BOOK_EU_SHARE_SUPPORT] = {"EU share of the support", NULL},

    /* ---- the workbooks' errors on the terminal ({1}: the library's own words, in English) */
    [FP_M_BOOK_CANNOT_WRITE] = {"cannot write the workbook: {1}", NULL},
    [FP_M_BOOK_CANNOT_WRITE_IN] = {"cannot write the workbook: {1}: {2}", NULL},

    /* ---- payment claims (fundplan claim): the kind of file */
    [FP_M_WHAT_CLAIM] = {"payment claim", NULL},

    /* ---- payment claims: findings about the decision */
    [FP_M_F_DECISION_ABOVE_MAX] =
        {"the decision's support {1} is above the largest support the rules allow, {2}",
         "The support in the decision ({1}) is above the largest support the rules allow ({2})."},
    [FP_M_F_DECISION_RATE_ABOVE] =
        {"the decision's support rate {1} is above the maximum rate {2}",
         "The support rate in the decision ({1}) is above the maximum rate ({2})."},

    /* ---- payment claims: findings about a claim file */
    [FP_M_F_CLAIM_NO_SECTION] = {"the file has no [claim] section",
                                 "The payment claim does not say which claim and period it is."},
    [FP_M_F_CLAIM_LACKS] = {"[claim] has no '{1}'",
                            "Required information of the payment claim is missing."},
    [FP_M_F_CLAIM_KEY_EMPTY] = {"'{1}' is empty",
                                "Required information of the payment claim is empty."},
    [FP_M_F_CLAIM_UNKNOWN_SECTION] =
        {"a payment claim has [claim], [costs] and [income] only: what [{1}] holds is not counted",
         "The payment claim has a part whose figures are not counted."},
    [FP_M_F_CLAIM_FROM_DECISION] =
        {"a payment claim does not give '{1}': the decision's cost model and flat rate apply, and "
         "the flat rate is recomputed on the realised costs",
         "The payment claim sets a cost model or flat rate of its own; the decision's apply."},
    [FP_M_F_CLAIM_REVERSED] = {"the claim period ends ({1}) before it starts ({2})",
                               "The claim period ends ({1}) before it starts ({2})."},
    [FP_M_F_CLAIM_OUTSIDE] = {"the claim period {1}–{2} is not within the project period {3}–{4}",
                              "The claim period {1}–{2} is not within the project period {3}–{4}."},
    [FP_M_F_CLAIM_OVERLAP] =
        {"the claim period {1}–{2} overlaps that of claim {3} ({4}–{5}, {6})",
         "The claim period {1}–{2} overlaps that of payment claim {3} ({4}–{5})."},
    [FP_M_F_CLAIM_BEFORE] =
        {"the claim period {1}–{2} comes before that of claim {3} ({4}–{5}, {6})",
         "The claim period {1}–{2} comes before that of the earlier payment claim {3} ({4}–{5})."},
    [FP_M_F_CLAIM_NUMBER] = {"this is claim number {1}, but claim {2} comes here: the claims are "
                             "numbered 1, 2, 3 … and given in that order",
                             "Payment claim {1} is out of order: claim {2} was expected."},
    [FP_M_F_CLAIM_AFTER_FINAL] = {"claim {1} comes after the final claim {2} ({3})",
                                  "Payment claim {1} comes after the final claim {2}."},
    [FP_M_F_CLAIM_AFTER_ELIGIBILITY] = {"the claim period ends {1}, after {2}, the last day on "
                                        "which the {3} programme's EU money may pay costs",
                                        "The claim period ends {1}, after {2}, the last day on "
                                        "which EU money of the {3} programme may pay costs."},
    [FP_M_F_CLAIM_LINE_OVER] = {"realised “{1}” so far {2}, {3} above the approved {4}",
                                "Realised “{1}” so far ({2}) are {3} above the approved {4}."},
    [FP_M_F_CLAIM_LUMP_LINE] =
        {"the decision's cost model is a lump sum: {1} = {2} is not claimed; the lump sum is paid "
         "whole when its output is achieved",
         "The project is paid a lump sum, yet the claim reports other costs ({2})."},
    [FP_M_F_CLAIM_LUMP_DIFFERS] =
        {"lump_sum = {1} differs from the decision's lump sum {2}: the decision's is paid",
         "The lump sum in the claim ({1}) differs from the decision's ({2}); the decision's is "
         "paid."},
    [FP_M_F_CLAIM_NOT_LUMP] =
        {"lump_sum = {1}: the decision's cost model is not a lump sum",
         "The claim reports a lump sum ({1}), but the decision's cost model is not a lump sum."},
    [FP_M_F_CLAIM_NO_ACHIEVED] =
        {"the final claim of a lump-sum project says whether the output was achieved: achieved = "
         "yes or no",
         "The final claim does not say whether the lump sum's output was achieved."},
    [FP_M_F_CLAIM_OVERPAID] =
        {"{1} has been paid before, more than the {2} the project is entitled to so far: nothing "
         "is payable now, and the {3} is set off against later claims",
         "{1} has been paid before, more than the support of {2} the project is entitled to so "
         "far; nothing is payable now and the {3} is set off against later payments."},
    [FP_M_F_CLAIM_REPAYMENT] =
        {"{1} has been paid, more than the {2} the project is entitled to: {3} is to be repaid",
         "{1} of support has been paid, more than the {2} the project is entitled to; {3} is to be "
         "recovered."},
    [FP_M_F_CLAIM_UNUSED] = {"the final claim leaves {1} of the support of {2} unused",
                             "After the final claim, {1} of the support of {2} remains unused."},

    /* ---- payment claims: notes */
    [FP_M_N_CLAIM_ADD] = {"start the file with [claim] and its number, start and end", NULL},
    [FP_M_N_CLAIM_DELETE] = {"delete the line", NULL},
    [FP_M_N_CLAIM_ORDER] =
        {"give every claim from the first, in order: fundplan claim DECISION.ini 1.ini 2.ini …",
         NULL},

    /* ---- payment claims: labels */
    [FP_M_CLAIM_T_CLAIM] = {"Payment claim {1}", NULL},
    [FP_M_CLAIM_T_CLAIM_FINAL] = {"Payment claim {1} (final)", NULL},
    [FP_M_CLAIM_T_CLAIMS] = {"Payment claims", NULL},
    [FP_M_CLAIM_T_SHEET] = {"Claim {1}", NULL},
    [FP_M_CLAIM_T_SHEET_FINAL] = {"Claim {1} (final)", NULL},
    [FP_M_CLAIM_T_COSTS_PERIOD] = {"Costs this period", NULL},
    [FP_M_CLAIM_T_COSTS_TO_DATE] = {"Costs to date", NULL},
    [FP_M_CLAIM_T_ENTITLED_SHORT] = {"Entitled", NULL},
    [FP_M_CLAIM_T_PAYABLE_SHORT] = {"Payable", NULL},
    [FP_M_CLAIM_T_SUMMARY_SHEET] = {"Summary", NULL},
    [FP_M_CLAIM_T_PERIOD] = {"Claim period", NULL},
    [FP_M_CLAIM_T_NUMBER] = {"Claim", NULL},
    [FP_M_CLAIM_T_THIS_PERIOD] = {"This period", NULL},
    [FP_M_CLAIM_T_CUMULATIVE] = {"Cumulative", NULL},
    [FP_M_CLAIM_T_APPROVED] = {"Approved", NULL},
    [FP_M_CLAIM_T_REMAINING] = {"Remaining", NULL},
    [FP_M_CLAIM_T_ELIGIBLE_TOTAL] = {"Eligible total costs", NULL},
    [FP_M_CLAIM_T_ELIGIBLE_NET] = {"Eligible net costs", NULL},
    [FP_M_CLAIM_T_ENTITLED] = {"Support entitled so far", NULL},
    [FP_M_CLAIM_T_PAID_BEFORE] = {"Paid before", NULL},
    [FP_M_CLAIM_T_PAYABLE] = {"Payable now", NULL},
    [FP_M_CLAIM_T_REPAYMENT] = {"To be repaid", NULL},
    [FP_M_CLAIM_T_PAID] = {"Paid on this claim", NULL},
    [FP_M_CLAIM_T_SUPPORT] = {"Support granted (euro ceiling)", NULL},
    [FP_M_CLAIM_T_RATE] = {"Support rate (ceiling)", NULL},
    [FP_M_CLAIM_T_SUPPORT_LEFT] = {"Support not yet paid", NULL},
    [FP_M_CLAIM_T_DECISION] = {"Decision", NULL},
    [FP_M_CLAIM_T_BENEFICIARY] = {"Beneficiary", NULL},
    [FP_M_CLAIM_T_FILE] = {"File", NULL},
    [FP_M_CLAIM_T_FINDING] = {"Finding", NULL},
    [FP_M_CLAIM_T_SEVERITY] = {"Severity", NULL},
    [FP_M_CLAIM_T_NO_FINDINGS] = {"No findings.", NULL},

    /* ---- payment claims: the terminal */
    [FP_M_CLAIM_ENTITLED_HOW] = {"min({1} × {2}, {3})", NULL},
    [FP_M_CLAIM_LUMP_HOW] = {"lump sum: paid whole on the final claim when its output is achieved",
                             NULL},

    /* ---- payment claims: the payment memo */
    [FP_M_CLAIM_MEMO_DOCTYPE] = {"PAYMENT MEMORANDUM", NULL},
    [FP_M_CLAIM_MEMO_SUBJECT] = {"Payment memorandum", NULL},
    [FP_M_CLAIM_MEMO_GRANTED] = {"at most {1}, and no more than {2} of the project's eligible {3}",
                                 NULL},
    [FP_M_CLAIM_MEMO_DRAFT] =
        {"The decision or the payment claims have errors ({1}). This memo is a draft, and no "
         "payment can be proposed until they are corrected (see {2}).",
         NULL},
    [FP_M_CLAIM_MEMO_ENTITLED] = {"The support entitled so far is {1} of the cumulative eligible "
                                  "costs of {2}, rounded down to the cent: {3}, and no more than "
                                  "the support granted, {4}. Of it, {5} has been paid before.",
                                  NULL},
    [FP_M_CLAIM_MEMO_LUMP] = {"The project is paid a lump sum: nothing is paid before the final "
                              "claim, and then the whole support when the output is achieved.",
                              NULL},
    [FP_M_CLAIM_MEMO_PROPOSAL_HEAD] = {"Proposal for payment", NULL},
    [FP_M_CLAIM_MEMO_PAY] = {"It is proposed that the project “{1}” (beneficiary: {2}) be paid {3} "
                             "of support on payment claim {4} (claim period {5}).",
                             NULL},
    [FP_M_CLAIM_MEMO_REPAY] =
        {"It is proposed that {3} of the support paid to the project “{1}” (beneficiary: {2}) be "
         "recovered on the final payment claim {4} (claim period {5}).",
         NULL},
    [FP_M_CLAIM_MEMO_NOTHING] = {"Nothing is payable to the project “{1}” (beneficiary: {2}) on "
                                 "payment claim {4} (claim period {5}).",
                                 NULL},
    [FP_M_CLAIM_MEMO_WITHHELD] = {"No payment can be proposed: the decision or the payment claims "
                                  "have errors that must be corrected first (see {2}).",
                                  NULL},
    [FP_M_CLAIM_MEMO_LEFT] = {"After this payment, {1} of the support granted has not been paid.",
                              NULL},
    [FP_M_CLAIM_MEMO_NO_FINDINGS] =
        {"No errors or warnings were found in the decision or the payment claims.", NULL},

    /* ---- payment claims: usage */
    [FP_M_U_CLAIM_ARGS] = {"claim needs the decision (the approved plan) and at least one payment "
                           "claim: fundplan claim DECISION.ini CLAIM.ini…",
                           NULL},
    [FP_M_U_CLAIM_OUTPUT] = {"-o takes a file ending in .xlsx or .pdf, not '{1}'", NULL},
    [FP_M_U_CLAIM_TOO_MANY] = {"at most {1} payment claims at a time", NULL},
    [FP_M_CLAIM_SYS_FONT] = {"libharu could not embed the font subset", NULL},

    /* ---- payment claims: the template's comments on [decision] (fundplan new) */
    [FP_M_TPL_SEC_DECISION] =
        {"what the funder decided, when it granted less than was applied for (fundplan claim)",
         NULL},
    [FP_M_TPL_H_DECISION_SUPPORT] = {"the support granted: the euro ceiling of payment claims",
                                     NULL},
    [FP_M_TPL_H_DECISION_RATE] =
        {"the support rate granted: the percentage ceiling of payment claims", NULL},
    [FP_M_TPL_H_DECISION_DATE] = {"the decision's date", NULL},
    [FP_M_TPL_H_DECISION_ID] = {"the decision's case number", NULL},

    /* ---- payment claims: the command's help (fundplan claim --help) */
    [FP_M_CLI_CLAIM_SYN] = {"claim [OPTIONS] DECISION CLAIM...", NULL},
    [FP_M_CLI_CLAIM] = {"Payment claims against the decision (the approved plan): what each claim "
                        "entitles the project to and what is payable now; with -o the payment memo "
                        "(.pdf) or the claims' workbook (.xlsx).",
                        NULL},
    [FP_M_U_CLAIM_STDIN] = {"only one of the files can come from standard input ('-')", NULL},

    /* ---- the command line's help (cli.c): one line each, cli.c wraps them */
    [FP_M_CLI_USAGE] = {"Usage: fundplan {1}", NULL},
    [FP_M_CLI_SYNOPSIS] = {"COMMAND [OPTIONS] ...", NULL},
    [FP_M_CLI_ABOUT] = {"Checks the funding plan of a Finnish regional development project to the "
                        "cent and writes its decision memo (PDF) and workbook (XLSX).",
                        NULL},
    [FP_M_CLI_COMMANDS] = {"Commands:", NULL},
    [FP_M_CLI_OPTIONS] = {"Options:", NULL},
    [FP_M_CLI_MORE] = {"A command's options: fundplan COMMAND --help; the manual: man fundplan.",
                       NULL},
    [FP_M_CLI_FINDINGS] = {"Findings are printed as 'fundplan: FILE:LINE: error|warning: message'.",
                           NULL},
    [FP_M_CLI_EXIT] = {"Exit status: 0 no plan has errors (warnings are allowed), 1 a plan has "
                       "errors, 2 a usage error, or a file could not be read or written.",
                       NULL},
    [FP_M_CLI_LANGUAGE] = {"Language of messages: --lang, else the environment (LANGUAGE, LC_ALL, "
                           "LC_MESSAGES, LANG: fi* Finnish, sv* Swedish, anything else English). "
                           "Memos and workbooks: --lang, else the plan's language.",
                           NULL},
    [FP_M_CLI_EPOCH] = {"SOURCE_DATE_EPOCH is \"now\" wherever fundplan needs it: the timestamps "
                        "in PDF and XLSX files, a memo's date when neither --date nor the plan "
                        "gives one, and the year of 'fundplan new'.",
                        NULL},
    [FP_M_CLI_FORMAT] =
        {"The plan format: docs/plan-format.md, or start from a template: fundplan new plan.ini",
         NULL},
    [FP_M_CLI_CHECK_SYN] = {"check [OPTIONS] PLAN...", NULL},
    [FP_M_CLI_CHECK] = {"Prints the summary and the findings of each plan; with --json one JSON "
                        "document instead. PLAN - is standard input.",
                        NULL},
    [FP_M_CLI_NEW_SYN] = {"new [OPTIONS] FILE.ini", NULL},
    [FP_M_CLI_NEW] = {"Writes a template plan with a comment on every key in your language and "
                      "this year's dates. Never overwrites a file; FILE - is standard output.",
                      NULL},
    [FP_M_CLI_MEMO_SYN] = {"memo [OPTIONS] PLAN", NULL},
    [FP_M_CLI_MEMO] = {"Writes the decision memo (PDF), by default output/NAME.pdf. A plan with "
                       "errors gets a memo marked as a draft.",
                       NULL},
    [FP_M_CLI_SHEET_SYN] = {"sheet [OPTIONS] PLAN", NULL},
    [FP_M_CLI_SHEET] = {"Writes the plan's workbook (XLSX), by default output/NAME.xlsx.", NULL},
    [FP_M_CLI_BUILD_SYN] = {"build [OPTIONS] PLAN|FOLDER...", NULL},
    [FP_M_CLI_BUILD] = {"Checks every plan (a folder means its *.ini files), writes its memo and "
                        "workbook into the output folder, and portfolio.xlsx over all of them.",
                        NULL},
    [FP_M_CLI_DIFF_SYN] = {"diff [OPTIONS] OLD NEW", NULL},
    [FP_M_CLI_DIFF] =
        {"A change application: what changes from the plan in force (OLD) to the changed plan "
         "(NEW), and the findings about the change; with -o its memo (.pdf) or workbook (.xlsx).",
         NULL},
    [FP_M_CLI_OPT_ALL_L] = {"--all", NULL},
    [FP_M_CLI_OPT_ALL] = {"show the lines that do not change too", NULL},
    [FP_M_CLI_OPT_OUTFILE_L] = {"-o, --output FILE", NULL},
    [FP_M_CLI_OPT_OUTFILE] = {"the file to write: .pdf for the memo, .xlsx for the workbook", NULL},
    [FP_M_CLI_OPT_JSON_L] = {"--json", NULL},
    [FP_M_CLI_OPT_JSON] = {"one JSON document: every figure in cents, every finding (docs/json.md)",
                           NULL},
    [FP_M_CLI_OPT_LANG_L] = {"--lang fi|sv|en", NULL},
    [FP_M_CLI_OPT_LANG] = {"the language of the messages and of the memo or workbook", NULL},
    [FP_M_CLI_OPT_LANG_MSG] = {"the language of the messages, the summary and the JSON texts",
                               NULL},
    [FP_M_CLI_OPT_LANG_NEW] = {"the language of the template's comments and texts", NULL},
    [FP_M_CLI_OPT_DATE_L] = {"--date DATE", NULL},
    [FP_M_CLI_OPT_DATE] = {"the memo's date (default: the plan's date, else today)", NULL},
    [FP_M_CLI_OPT_CALL_L] = {"--call FILE", NULL},
    [FP_M_CLI_OPT_CALL] =
        {"check against this call's rules instead of the call the plan names (docs/rules.md)",
         NULL},
    [FP_M_CLI_OPT_OUTPUT_L] = {"-o, --output PATH", NULL},
    [FP_M_CLI_OPT_OUTPUT] = {"the file to write, or a folder to write NAME.pdf or NAME.xlsx into; "
                             "a missing folder is created",
                             NULL},
    [FP_M_CLI_OPT_OUTDIR_L] = {"-o, --output FOLDER", NULL},
    [FP_M_CLI_OPT_OUTDIR] =
        {"the output folder (default output/), created with its missing parents", NULL},
    [FP_M_CLI_OPT_JOBS_L] = {"-j, --jobs N", NULL},
    [FP_M_CLI_OPT_JOBS] =
        {"plans built at the same time, 1 to 256 (default: the number of processors)", NULL},
    [FP_M_CLI_OPT_QUIET_L] = {"-q, --quiet", NULL},
    [FP_M_CLI_OPT_QUIET] = {"no progress line", NULL},
    [FP_M_CLI_OPT_STATS_L] = {"--stats", NULL},
    [FP_M_CLI_OPT_STATS] = {"CPU time per plan and phase, output sizes and peak memory", NULL},
    [FP_M_CLI_OPT_HELP_L] = {"-h, --help", NULL},
    [FP_M_CLI_OPT_HELP] = {"this help", NULL},
    [FP_M_CLI_OPT_VERSION_L] = {"--version", NULL},
    [FP_M_CLI_OPT_VERSION] = {"the version", NULL},

    /* ---- the command line's usage errors (cli.c) */
    [FP_M_U_NO_COMMAND] = {"no command given", NULL},
    [FP_M_U_UNKNOWN_COMMAND] = {"unknown command '{1}'", NULL},
    [FP_M_U_UNKNOWN_OPTION] = {"{1}: unknown option '{2}'", NULL},
    [FP_M_U_OPTION_NOT_FOR] = {"{1} does not take the option '{2}'", NULL},
    [FP_M_U_OPTION_NEEDS_VALUE] = {"{1}: the option '{2}' needs a value", NULL},
    [FP_M_U_OPTION_NO_VALUE] = {"{1}: the option '{2}' takes no value", NULL},
    [FP_M_U_BAD_JOBS] = {"-j takes a number of jobs from 1 to 256, not '{1}'", NULL},
    [FP_M_U_NEEDS_PLANS] = {"{1} needs at least one plan file", NULL},
    [FP_M_U_ONE_PLAN] = {"{1} needs exactly one plan file", NULL},
    [FP_M_U_NEW_ONE] = {"new takes one file name: fundplan new plan.ini", NULL},
    [FP_M_U_BUILD_NEEDS] = {"build needs plan files or folders: fundplan build plans/", NULL},
    [FP_M_U_TRY] = {"Try 'fundplan --help'.", NULL},
    [FP_M_U_TRY_CMD] = {"Try 'fundplan {1} --help'.", NULL},
    [FP_M_U_BAD_EPOCH] =
        {"SOURCE_DATE_EPOCH must be a number of seconds from 0 to 253402300799, not '{1}'", NULL},

    /* ---- writing files (outfile.c, cli.c) */
    [FP_M_SYS_CANNOT_WRITE] = {"cannot write: {1}", NULL},
    [FP_M_SYS_NOT_FILE_NAME] = {"not a file name", NULL},
    [FP_M_SYS_WRITE_NOT_FOLDER] = {"cannot write: {1} is not a folder", NULL},
    [FP_M_SYS_WRITE_NO_FOLDER] = {"cannot write: folder {1} does not exist", NULL},
    [FP_M_SYS_WRITE_NOT_REGULAR] = {"cannot write: it exists and is not a regular file", NULL},
    [FP_M_SYS_EXISTS] = {"already exists; fundplan never overwrites it", NULL},
    [FP_M_SYS_CANNOT_MKDIR] = {"cannot create the folder {1}: {2}", NULL},

    /* ---- fundplan new */
    [FP_M_NEW_WROTE] = {"wrote {1}: edit it, then run: fundplan check {1}", NULL},

    /* ---- fundplan build's summary (build.c) */
    [FP_M_BUILD_PLANS1] = {"1 plan", NULL},
    [FP_M_BUILD_PLANS] = {"{1} plans", NULL},
    [FP_M_BUILD_FILES1] = {"1 file written", NULL},
    [FP_M_BUILD_FILES] = {"{1} files written", NULL},
    [FP_M_BUILD_SUMMARY] = {"{1}, {2} with errors, {3} with warnings, {4} failed; {5}; {6} s",
                            NULL},
    [FP_M_BUILD_SECONDS] = {"{1}.{2}", NULL},
    [FP_M_BUILD_NO_PLANS] = {"no plans (*.ini files) in this folder", NULL},

    /* ---- the template of fundplan new: its head, and a comment per section and key (schema.c) */
    [FP_M_TPL_HEAD] = {"A funding plan for fundplan. The format: docs/plan-format.md. Check it "
                       "with: fundplan check FILE",
                       NULL},
    [FP_M_TPL_VALUES] = {"Amounts in euros (40 000 or 40 000,50), percentages like 40 %, dates "
                         "like 1.1.{1} or {1}-01-01.",
                         NULL},
    [FP_M_TPL_COMMENTED] = {"A line starting with ; is a comment: remove the ; to use that key. "
                            "Replace the texts of the template with the plan's own.",
                            NULL},
    [FP_M_TPL_REQUIRED] = {"required", NULL},
    [FP_M_TPL_SEC_PROJECT] = {"the project", NULL},
    [FP_M_TPL_SEC_DESCRIPTION] = {"texts for the memo; a line ending in \\ continues on the next",
                                  NULL},
    [FP_M_TPL_SEC_COSTS] = {"the cost estimate, or one [costs.YYYY] per year; a 40 % flat rate "
                            "covers every other cost",
                            NULL},
    [FP_M_TPL_SEC_INCOME] = {"income, deducted from the costs; or one [income.YYYY] per year",
                             NULL},
    [FP_M_TPL_SEC_FINANCING] = {"the financing plan: adds up to costs − income to the cent; or one "
                                "[financing.YYYY] per year",
                                NULL},
    [FP_M_TPL_SEC_DECLARED] =
        {"figures as the application states them, compared with the computed ones", NULL},
    [FP_M_TPL_SEC_RULES] = {"the instrument's or call's rules this plan changes (docs/rules.md)",
                            NULL},
    [FP_M_TPL_SEC_CALL] = {"the call: its name and the funder's rules for it (docs/rules.md)",
                           NULL},
    [FP_M_TPL_H_NAME] = {"the project's name as the memo shows it", NULL},
    [FP_M_TPL_H_ID] = {"the funder's case number", NULL},
    [FP_M_TPL_H_APPLICANT] = {"the organisation that applies", NULL},
    [FP_M_TPL_H_PARTNERS] = {"partners, separated by commas", NULL},
    [FP_M_TPL_H_FUNDER] = {"the funding authority", NULL},
    [FP_M_TPL_H_INSTRUMENT] = {"AIKO, AKKE, EAKR or a name that [rules] defines", NULL},
    [FP_M_TPL_H_PROGRAMME] =
        {"the programme period, 2014-2020 or 2021-2027 (default: the start date's)", NULL},
    [FP_M_TPL_H_TYPE] = {"development or investment project", NULL},
    [FP_M_TPL_H_REGION] = {"the region (maakunta); the EU share of EAKR follows it", NULL},
    [FP_M_TPL_H_PRIORITY] = {"the programme's priority", NULL},
    [FP_M_TPL_H_OBJECTIVE] = {"the specific objective", NULL},
    [FP_M_TPL_H_APPLICATION] = {"the application's number in EURA", NULL},
    [FP_M_TPL_H_TARGET_AREA] = {"the area the project works in", NULL},
    [FP_M_TPL_H_START] = {"the project's first day", NULL},
    [FP_M_TPL_H_END] = {"the project's last day, not before start", NULL},
    [FP_M_TPL_H_LANGUAGE] = {"fi, sv or en: the language of the memo and workbook", NULL},
    [FP_M_TPL_H_DATE] = {"the memo's date (default: the day it is written)", NULL},
    [FP_M_TPL_H_PRESENTER] = {"who presents the decision", NULL},
    [FP_M_TPL_H_CALL] = {"the call's file, beside the plan (docs/rules.md)", NULL},
    [FP_M_TPL_H_PREPARER] = {"who prepared the memo", NULL},
    [FP_M_TPL_H_PREPARER_TITLE] = {"the preparer's title", NULL},
    [FP_M_TPL_H_PREPARER_PHONE] = {"the preparer's phone number", NULL},
    [FP_M_TPL_H_PREPARER_EMAIL] = {"the preparer's e-mail address", NULL},
    [FP_M_TPL_H_SUMMARY] = {"a summary of the project", NULL},
    [FP_M_TPL_H_GOALS] = {"the project's goals", NULL},
    [FP_M_TPL_H_ACTIONS] = {"what the project does", NULL},
    [FP_M_TPL_H_ASSESSMENT] = {"the funder's assessment", NULL},
    [FP_M_TPL_H_TEXT_FILE] = {"the same text from a UTF-8 file beside the plan (not both)", NULL},
    [FP_M_TPL_H_FLAT_RATE] = {"flat rate: this share of staff (or direct) costs is added", NULL},
    [FP_M_TPL_H_FLAT_RATE_BASE] = {"staff or direct: what the flat rate is a share of", NULL},
    [FP_M_TPL_H_COST_MODEL] = {"actual, flat_rate or lump_sum", NULL},
    [FP_M_TPL_H_TOTAL] = {"the total alone, only when no breakdown is known", NULL},
    [FP_M_TPL_H_REVENUE] = {"income, deducted from the costs", NULL},
    [FP_M_TPL_H_FIN_EAKR] = {"EAKR (ERDF) together with the state's funding", NULL},
    [FP_M_TPL_H_FIN_IN_KIND] = {"voluntary work as financing, as much as in [costs]", NULL},
    [FP_M_TPL_H_MAX_SUPPORT_RATE] = {"the largest support rate", NULL},
    [FP_M_TPL_H_INVESTMENT_RATE] = {"the largest support rate of investment costs", NULL},
    [FP_M_TPL_H_MAX_SUPPORT] = {"the largest support in euros", NULL},
    [FP_M_TPL_H_MIN_SUPPORT] = {"the smallest support in euros", NULL},
    [FP_M_TPL_H_MAX_TOTAL_COSTS] = {"the largest total costs", NULL},
    [FP_M_TPL_H_MAX_LUMP_SUM] = {"the largest lump sum", NULL},
    [FP_M_TPL_H_MIN_OWN_SHARE] = {"the smallest own share of the financing", NULL},
    [FP_M_TPL_H_MIN_MUNICIPAL_SHARE] = {"the smallest municipal share of the financing", NULL},
    [FP_M_TPL_H_SHARE_BASE] = {"financing or total_costs: what the shares are of", NULL},
    [FP_M_TPL_H_SUPPORT_BASE] = {"total_costs or net_costs: what the support rate is of", NULL},
    [FP_M_TPL_H_SUPPORT_SOURCE] = {"the financing line that is the support", NULL},
    [FP_M_TPL_H_COST_MODELS] = {"the cost models allowed, separated by commas", NULL},
    [FP_M_TPL_H_START_FROM] = {"the earliest start date", NULL},
    [FP_M_TPL_H_END_BY] = {"the latest end date", NULL},
    [FP_M_TPL_H_MAX_MONTHS] = {"the longest project period in months", NULL},
    [FP_M_TPL_H_FLAT_RATE_ROUNDING] = {"cent or euro: how the flat rate is rounded", NULL},
    [FP_M_TPL_H_YEARLY_BALANCE] =
        {"warning or error: a year's financing that differs from its net costs", NULL},
    [FP_M_TPL_H_EU_SHARE] = {"the EU's share of the support", NULL},
    [FP_M_TPL_H_EU_SHARE_BASE] = {"public or support: what the EU share is of", NULL},
    [FP_M_TPL_H_CALL_NAME] = {"the call's name", NULL},
    [FP_M_TPL_H_CALL_ID] = {"the call's identifier", NULL},
    [FP_M_TPL_H_CALL_FUNDER] = {"the funder that opened the call", NULL},

    /* ---- the template's texts: check.c warns when a plan still holds one (FP_F_PLACEHOLDER) */
    [FP_M_TPL_NAME] = {"Project name", NULL},
    [FP_M_TPL_APPLICANT] = {"Applicant's name", NULL},
    [FP_M_TPL_FUNDER] = {"Funder's name", NULL},
    [FP_M_TPL_SUMMARY] = {"A summary of the project in a few sentences.", NULL},
    [FP_M_TPL_GOALS] = {"What the project aims to achieve.", NULL},
    [FP_M_TPL_ACTIONS] = {"What the project does to reach its goals.", NULL},
    [FP_M_F_PLACEHOLDER] = {"{1} still holds the template's text '{2}'",
                            "The plan still holds a text of the template: '{2}'."},
    [FP_M_N_PLACEHOLDER] = {"write the plan's own text here", NULL},
    [FP_M_TPL_ASSESSMENT] = {"The funder's assessment of the project.", NULL},

    /* ---- change applications (fundplan diff): findings about the change, preparer's and reader's
       voice */
    [FP_M_F_CHANGE_SUPPORT_UP] = {"support rises by {3}, from {1} to {2}: the increase needs a "
                                  "decision on additional funding",
                                  "The support would rise by {3}, from {1} to {2}. The increase "
                                  "needs a decision on additional funding."},
    [FP_M_F_CHANGE_MODEL] = {"the cost model changes from {1} to {2}: the model is fixed for the "
                             "whole project (decree 866/2021 § 2)",
                             "The change would replace the project's cost model ({1}) with another "
                             "({2}). The cost model is fixed for the whole project (Government "
                             "Decree 866/2021, section 2), so this change cannot be approved."},
    [FP_M_F_CHANGE_FLAT_RATE] =
        {"the flat rate changes from {1} to {2}: the cost model, its rate included, is fixed for "
         "the whole project (decree 866/2021 § 2)",
         "The change would change the flat rate from {1} to {2}. The cost model, its rate "
         "included, is fixed for the whole project (Government Decree 866/2021, section 2), so "
         "this change cannot be approved."},
    [FP_M_F_CHANGE_FLAT_BASE] = {"the flat rate's base changes from {1} to {2}: the cost model is "
                                 "fixed for the whole project (decree 866/2021 § 2)",
                                 "The change would compute the flat rate on {2} instead of {1}. "
                                 "The cost model is fixed for the whole project (Government Decree "
                                 "866/2021, section 2), so this change cannot be approved."},
    [FP_M_F_CHANGE_PERIOD_MONTHS] =
        {"the period is extended by {3} months: the project ends on {2} instead of {1}",
         "The implementation period would be extended by {3} months: the project would end on {2} "
         "instead of {1}."},
    [FP_M_F_CHANGE_PERIOD_MONTH] =
        {"the period is extended by 1 month: the project ends on {2} instead of {1}",
         "The implementation period would be extended by one month: the project would end on {2} "
         "instead of {1}."},
    [FP_M_F_CHANGE_PERIOD_DAYS] =
        {"the period is extended by {3} days: the project ends on {2} instead of {1}",
         "The implementation period would be extended by {3} days: the project would end on {2} "
         "instead of {1}."},
    [FP_M_F_CHANGE_START_EARLIER] =
        {"the project now starts on {2}, before the start in force ({1})",
         "The project would start on {2} instead of {1}, earlier than decided."},
    [FP_M_F_CHANGE_RATE_UP] =
        {"the support rate rises from {1} to {2}",
         "The support rate would rise from {1} to {2}, above the rate of the decision in force."},
    [FP_M_F_CHANGE_FIELD] = {"the {1} changes from '{2}' to '{3}'",
                             "In the change application the {1} changes from “{2}” to “{3}”."},
    [FP_M_F_CHANGE_ID] = {"the case number changes from '{1}' to '{2}': id is what ties the two "
                          "versions together; are they the same project?",
                          "The case number differs between the plans (“{1}” and “{2}”): they may "
                          "not be two versions of the same project."},
    [FP_M_F_CHANGE_PARTNER_ADDED] = {"partner added: {1}", "{1} joins the project as a partner."},
    [FP_M_F_CHANGE_PARTNER_REMOVED] = {"partner removed: {1}",
                                       "{1} leaves the project as a partner."},

    /* ---- change applications: what a finding about a field names (a noun phrase inside a
       sentence) */
    [FP_M_DIFF_FIELD_NAME] = {"project's name", NULL},
    [FP_M_DIFF_FIELD_APPLICANT] = {"applicant", NULL},
    [FP_M_DIFF_FIELD_FUNDER] = {"funder", NULL},
    [FP_M_DIFF_FIELD_INSTRUMENT] = {"funding instrument", NULL},
    [FP_M_DIFF_BASE_STAFF] = {"staff costs", NULL},
    [FP_M_DIFF_BASE_DIRECT] = {"direct costs", NULL},

    /* ---- change applications: the terminal, the workbook and the memo */
    [FP_M_DIFF_OLD_ERRORS] =
        {"the current plan has errors (below); they do not stop the comparison", NULL},
    [FP_M_DIFF_SAME_FILE] = {"both plans are the same file: nothing can have changed", NULL},
    [FP_M_DIFF_NOT_COMPARED] = {"not compared: {1} is not a funding plan", NULL},
    [FP_M_DIFF_TITLE] = {"Change application", NULL},
    [FP_M_DIFF_COL_OLD] = {"Current", NULL},
    [FP_M_DIFF_COL_NEW] = {"Changed", NULL},
    [FP_M_DIFF_COL_DELTA] = {"Change", NULL},
    [FP_M_DIFF_COL_PCT] = {"Change %", NULL},
    [FP_M_DIFF_KEY_FIGURES] = {"Key figures", NULL},
    [FP_M_DIFF_PP] = {"{1} pts", NULL},
    [FP_M_DIFF_SHARE_ROW] = {"{1}, share", NULL},
    [FP_M_DIFF_PERIOD_ROW] = {"Implementation period, months", NULL},
    [FP_M_DIFF_NO_CHANGES] = {"No line of the cost estimate or the financing plan changes.", NULL},
    [FP_M_DIFF_SHEET] = {"Change", NULL},
    [FP_M_DIFF_SHEET_FINDINGS] = {"Findings", NULL},
    [FP_M_DIFF_COL_SEVERITY] = {"Severity", NULL},
    [FP_M_DIFF_COL_CONCERNS] = {"Concerns", NULL},
    [FP_M_DIFF_COL_FINDING] = {"Finding", NULL},
    [FP_M_DIFF_COL_EXPLANATION] = {"Explanation", NULL},
    [FP_M_DIFF_CONCERNS_CHANGE] = {"The change", NULL},
    [FP_M_DIFF_CONCERNS_NEW] = {"The changed plan", NULL},
    [FP_M_DIFF_NO_FINDINGS] = {"No findings.", NULL},
    [FP_M_DIFF_MEMO_TITLE] = {"Change application: {1}", NULL},
    [FP_M_DIFF_MEMO_SUBJECT] = {"Change application memo", NULL},
    [FP_M_DIFF_MEMO_INTRO] = {"{1} applies for a change to the project's financing plan in force. "
                              "This memo compares the plan in force with the changed plan.",
                              NULL},
    [FP_M_DIFF_MEMO_SUPPORT_HEAD] = {"Support before and after the change", NULL},
    [FP_M_DIFF_MEMO_SUPPORT_UP] = {"The support rises by {1}, from {2} to {3}.", NULL},
    [FP_M_DIFF_MEMO_SUPPORT_DOWN] = {"The support falls by {1}, from {2} to {3}.", NULL},
    [FP_M_DIFF_MEMO_SUPPORT_SAME] = {"The support stays at {1}.", NULL},
    [FP_M_DIFF_MEMO_FINDINGS_HEAD] = {"Assessment of the change", NULL},
    [FP_M_DIFF_MEMO_NO_CHANGE_FINDINGS] =
        {"The change keeps the cost model, the implementation period, the support and the "
         "project's details: nothing in it needs a decision of its own.",
         NULL},
    [FP_M_DIFF_MEMO_NEW_FINDINGS_HEAD] = {"Checks of the changed plan", NULL},
    [FP_M_DIFF_MEMO_DRAFT_ONE] =
        {"The changed plan or the change has 1 error. This memo is a draft and cannot be put "
         "forward for decision until the error is corrected (see {2}).",
         NULL},
    [FP_M_DIFF_MEMO_DRAFT_MANY] =
        {"The changed plan or the change has {1} errors. This memo is a draft and cannot be put "
         "forward for decision until they are corrected (see {2}).",
         NULL},
    [FP_M_DIFF_MEMO_PROPOSAL] =
        {"The change is approved: {1} approves the changed financing plan of the project “{2}” "
         "(applicant: {3}) and grants it {4} of at most {5}, and no more than {6} of the project's "
         "eligible {7}. The implementation period is {8} – {9}.",
         NULL},
    [FP_M_DIFF_MEMO_NO_PROPOSAL] = {"No proposal for decision can be made: the changed plan or the "
                                    "change has errors that must be corrected first (see {1}).",
                                    NULL},

    /* ---- change applications: usage errors */
    [FP_M_U_DIFF_OPERANDS] = {"diff needs two plan files: fundplan diff OLD.ini NEW.ini", NULL},
    [FP_M_U_DIFF_OUTPUT] = {"-o takes a file ending in .pdf or .xlsx, not '{1}'", NULL},
    [FP_M_U_DIFF_STDIN] = {"only one of the two plans can come from standard input ('-')", NULL},

    /* ---- the portfolio workbook (book_portfolio.c); sheet and table names: ASCII, 31 characters
       at most, no : / ? * [ ] or backslash; a table name also no spaces */
    [FP_M_PF_SHEET_PLANS] = {"Plans", NULL},
    [FP_M_PF_SHEET_SUMMARY] = {"Summary", NULL},
    [FP_M_PF_TABLE] = {"PlanList", NULL},
    [FP_M_PF_TITLE] = {"Portfolio", NULL},
    [FP_M_PF_STATUS] = {"Status", NULL},
    [FP_M_PF_STATUS_ERRORS] = {"Errors", NULL},
    [FP_M_PF_STATUS_WARNINGS] = {"Warnings", NULL},
    [FP_M_PF_STATUS_OK] = {"OK", NULL},
    [FP_M_PF_ERRORS] = {"Errors", NULL},
    [FP_M_PF_WARNINGS] = {"Warnings", NULL},
    [FP_M_PF_START] = {"Start", NULL},
    [FP_M_PF_END] = {"End", NULL},
    [FP_M_PF_INCOME] = {"Income", NULL},
    [FP_M_PF_FILE] = {"File", NULL},
    [FP_M_PF_YEAR_SUPPORT] = {"Support {1}", NULL},
    [FP_M_PF_TOTAL_CLEAN] = {"Total, plans without errors", NULL},
    [FP_M_PF_TOTAL_ERRORS] = {"Plans with errors (not in the totals)", NULL},
    [FP_M_PF_PLANS] = {"Plans", NULL},
    [FP_M_PF_ERROR_PLANS] = {"Plans with errors", NULL},
    [FP_M_PF_ERROR_SUPPORT] = {"Support, plans with errors", NULL},
    [FP_M_PF_BY_INSTRUMENT] = {"By instrument", NULL},
    [FP_M_PF_BY_FUNDER] = {"By funder", NULL},
    [FP_M_PF_BY_YEAR] = {"Support by year", NULL},
    [FP_M_PF_NOT_BY_YEAR] = {"not split by year", NULL},
    [FP_M_PF_UNKNOWN] = {"(unknown)", NULL},
    [FP_M_PF_CLEAN_NOTE] =
        {"Figures and totals count only plans without errors; plans with errors are shown apart.",
         NULL},
    [FP_M_PF_CHART_TITLE] = {"Plans without errors by instrument", NULL},

    /* ---- the portfolio's errors on the terminal */
    [FP_M_PF_CANNOT_SPOOL] = {"cannot create the portfolio's temporary file in {1}: {2}", NULL},
    [FP_M_PF_SPOOL_WRITE] = {"cannot write the portfolio's temporary file: {1}", NULL},
    [FP_M_PF_SPOOL_READ] = {"cannot read the portfolio's temporary file: {1}", NULL},
    [FP_M_PF_SPOOL_SHORT] = {"cannot read the portfolio's temporary file: it ends too early", NULL},
    [FP_M_PF_TOO_MANY] = {"{1} plans do not fit in one worksheet", NULL},
    [FP_M_PF_OVERFLOW] = {"the portfolio's totals are beyond what fundplan can add", NULL},

    /* ---- the funding rules (check.c): one flat rate for the whole project, the base a rate is a
       share of, support on costs the flat rate covers */
    [FP_M_F_FLAT_YEARS_DIFFER] = {"flat_rate = {1} differs from {2} on line {3}: the cost model is "
                                  "fixed for the whole project",
                                  "The plan uses different flat rates in different years; the cost "
                                  "model is fixed for the whole project."},
    [FP_M_F_FLAT_BASE_DIFFERS] = {"flat_rate_base = {1} differs from {2} on line {3}: the cost "
                                  "model is fixed for the whole project",
                                  "The plan computes its flat rate on different costs in different "
                                  "years; the cost model is fixed for the whole project."},
    [FP_M_F_SUPPORT_ABOVE_COVERED] =
        {"support {1} is above the largest allowed {2}: at most {3} of {4}, as the flat rate "
         "covers the other {5} of costs",
         "The support applied for ({1}) is above the largest allowed, {2}: costs of {5} that the "
         "flat rate already covers bear no support."},
    [FP_M_N_FLAT_BASE] =
        {"the {1} rate of the period is a share of {2}: write flat_rate_base = {3}", NULL},

    /* ---- the funding rules (check.c): a period longer than max_months by less than half a month
     */
    [FP_M_F_TOO_LONG_DAYS] = {"the project lasts more than {3} months: it ends {1}, after {2}, the "
                              "last day of {3} months from its start ({4})",
                              "The project lasts more than {3} months: it ends {1}, after {2}; the "
                              "call allows at most {3} months."},
};
