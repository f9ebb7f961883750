"""The steps of Notewell's build, one module per concern; build.py is the recipe that
sequences them. Each step is a small function that takes its paths as arguments.

    steps      what every step shares: its log line, StepFailed, running a command
    machine    setting up a machine: the venv, node_modules, the browsers the tests drive
    checks     the linters, type checker and tests `build.py test` runs
    runtime    Pyodide: its files, the trimmed and compiled standard library, regex programs
    wheel      the app's wheel and the pyodide-lock.json that names it
    webapp     web/ into dist/: module preloads, policy, kinds, the service worker's list
    compress   the .gz and .br copies for static hosts
    server     the dev server and the headers a static host should send
    bench      start-up and round-trip times in Chromium

Code in other languages lives in files of its own: node/ holds the Node steps (.mjs) and
the Python they run inside Pyodide (.py); probes/ what the benchmark runs in the page.
"""
