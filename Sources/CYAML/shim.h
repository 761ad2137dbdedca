#ifndef TTHC_CYAML_SHIM_H
#define TTHC_CYAML_SHIM_H
#include <yaml.h>
#endif
