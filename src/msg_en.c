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
    [FP_M_CODE_LINE_TOO_LONG] = {"Line too long", NULL},
    [FP_M_CODE_SYNTAX] = {"Malformed line", NULL},
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
                                      "A line of the plan file has a value without a name."},
    [FP_M_F_NOT_KEY_VALUE] = {"line is not 'key = value', a [section] or a comment",
                              "A line of the plan file cannot be read."},
    [FP_M_F_KEY_NAME_CHARS] = {"key name '{1}' may hold only letters a-z, digits, '_', '.' and '-'",
                               "An entry of the plan file has a name that cannot be read."},
    [FP_M_F_KEY_OUTSIDE] = {"key '{1}' is outside any [section]",
                            "An entry of the plan file is outside its parts and was not read."},
    [FP_M_F_QUOTE_UNCLOSED] = {"the quote {1} is never closed",
                               "A quoted text in the plan file is not closed."},
    [FP_M_F_NUL_BYTE] = {"the line holds a NUL byte: a plan is a text file",
                         "The plan file holds characters that are not text."},
    [FP_M_F_NOT_UTF8] =
        {"byte {1} of the line is not UTF-8 (byte {2})",
         "The plan file is not saved in the UTF-8 character set, so some letters cannot be read."},
    [FP_M_F_CONTROL_CHAR] =
        {"byte {1} of the line is a control character ({2}): a plan is plain text",
         "The plan file holds control characters that are not text."},
    [FP_M_F_LINE_TOO_LONG] = {"the line is {1} bytes long; at most {2} are allowed",
                              "A line of the plan file is too long to be read."},
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
    [FP_M_F_MODEL_NOT_ALLOWED] = {"the cost model {1} is not allowed here; allowed: {2}",
                                  "The plan's cost model is not one the call allows ({2})."},
    [FP_M_F_FLAT_ZERO_BASE] = {"the flat rate {1} is a share of {2}, which are 0 €",
                               "The flat rate of {1} has nothing to be computed on."},
    [FP_M_F_FLAT_40_IN_2014] =
        {"the 40 % flat rate belongs to the 2021–2027 programme; 2014–2020 plans use 24 % or 15 %",
         "The plan uses the 40 % flat rate of the 2021–2027 programme in a 2014–2020 project."},
    [FP_M_F_FLAT_UNUSUAL] = {"the flat rate {1} is not one of the {2} programme's rates",
                             "The flat rate of {1} is not one the {2} programme uses."},
    [FP_M_F_FLAT_ESF] = {"{1} is the ESF's flat rate; ERDF projects of 2014–2020 use 24 % or 15 %",
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
        {"the call file '{1}' has errors (listed above), so its rules cannot be applied",
         "The call the plan answers has errors, so its rules could not be checked."},

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
};
