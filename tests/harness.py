"""The Python test scripts' side of tests/run's protocol: report() prints "ok NAME" or
"not ok NAME: why" and counts the failures; run() makes a check that crashes a failure of that
test, not of the whole script; exit_status() is 1 after any failure. A check returns None when
it passes, else why it failed."""

failures = 0


def report(name, why):
    global failures
    if why:
        failures += 1
        print("not ok %s: %s" % (name, why))
    else:
        print("ok %s" % name)


def run(name, fn, *args):
    try:
        report(name, fn(*args))
    except Exception as e:  # a crash of a check fails that test, not the suite
        report(name, "%s: %s" % (type(e).__name__, e))


def exit_status():
    return 1 if failures else 0
