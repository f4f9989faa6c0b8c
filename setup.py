"""Packaging for openfisca-samenloop.

The rules live in top-level folders (`parameters/`, `variables/`, `reforms/`, `situations/`) so that the
tree reads like the law; setuptools maps each of them into the installed `openfisca_samenloop` package.
"""

from setuptools import find_namespace_packages, setup

PACKAGE = "openfisca_samenloop"
TOP_LEVEL = ["variables", "parameters", "reforms", "situations"]

packages = [PACKAGE] + [f"{PACKAGE}.{sub}" for sub in find_namespace_packages(where=PACKAGE, exclude=["__pycache__", "*.__pycache__"])]
package_dir = {PACKAGE: PACKAGE}
for folder in TOP_LEVEL:
    packages.append(f"{PACKAGE}.{folder}")
    package_dir[f"{PACKAGE}.{folder}"] = folder
    packages += [
        f"{PACKAGE}.{folder}.{sub}"
        for sub in find_namespace_packages(where=folder, exclude=["__pycache__", "*.__pycache__"])
    ]

setup(
    name="openfisca-samenloop",
    version="0.1.0",
    description="Rules as code for the Dutch social minimum and the toeslagen, and what their samenloop does to a household",
    long_description=open("README.md", encoding="utf-8").read(),
    long_description_content_type="text/markdown",
    python_requires=">=3.11",
    install_requires=[
        "openfisca-core[web-api]>=46,<47",
        "numpy",
        "pandas",
        "pyyaml",
        "matplotlib",
    ],
    extras_require={
        "test": ["pytest", "pytest-xdist", "hypothesis", "nbclient", "nbformat", "ipykernel"],
    },
    packages=packages,
    package_dir=package_dir,
    package_data={"": ["*.yaml", "*.yml", "*.json", "*.css"]},
    include_package_data=True,
    entry_points={"console_scripts": ["samenloop = openfisca_samenloop.cli:main"]},
)
